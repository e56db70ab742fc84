package org.salescycle.lead;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers the {@link LeadTasksParseListener} with the process engine. */
@Component
class LeadTasksPlugin extends AbstractProcessEnginePlugin {

  private final LeadRepository leads;
  private final LeadUrgency urgency;
  private final LeadOnTasks leadOnTasks;
  private final OwnerHistory owners;
  private final TaskNotes notes;

  LeadTasksPlugin(LeadRepository leads, LeadUrgency urgency, LeadOnTasks leadOnTasks,
      OwnerHistory owners, TaskNotes notes) {
    this.leads = leads;
    this.urgency = urgency;
    this.leadOnTasks = leadOnTasks;
    this.owners = owners;
    this.notes = notes;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners()
        .add(new LeadTasksParseListener(leads, urgency, leadOnTasks, owners, notes));
  }
}
