package org.salescycle.lead;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Runs when a sales-cycle instance ends, however it ends (won, lost, duplicate, or cancelled in
 * Cockpit): closes its lead, which frees the e-mail for a new lead.
 */
@Component("closeLead")
public class CloseLead implements ExecutionListener {

  private final LeadRepository leads;

  public CloseLead(LeadRepository leads) {
    this.leads = leads;
  }

  @Override
  public void notify(DelegateExecution execution) {
    leads.close(execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
  }
}
