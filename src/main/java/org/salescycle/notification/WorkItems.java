package org.salescycle.notification;

import java.net.URI;
import java.util.Currency;
import java.util.Date;
import java.util.Optional;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadRepository;
import org.salescycle.process.SalesCycleProperties;
import org.salescycle.stage.Stage;
import org.salescycle.words.Amounts;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Makes a task into the words an e-mail prints about it, with its lead's facts. */
@Component
class WorkItems {

  static final String TASKLIST_PATH = "/camunda/app/tasklist/default/";

  private final LeadRepository leads;
  private final Currency currency;
  private final URI publicUrl;

  WorkItems(LeadRepository leads, SalesCycleProperties sales, NotificationProperties properties) {
    this.leads = leads;
    this.currency = Currency.getInstance(sales.currency());
    this.publicUrl = properties.publicUrl();
  }

  WorkItem of(String taskId, String taskName, Date due, String processInstanceId) {
    Optional<Lead> lead = processInstanceId == null
        ? Optional.empty() : leads.findByProcessInstance(processInstanceId);
    return new WorkItem(taskName, lead.map(Lead::companyName).orElse(null),
        lead.map(Lead::stage).map(WorkItems::stageLabel).orElse(null),
        lead.map(Lead::dealValue).map(value -> Amounts.format(value, currency)).orElse(null),
        due == null ? null : due.toInstant(), link(taskId));
  }

  /** The task in Tasklist: {@code <public url>/camunda/app/tasklist/default/#/?task=<id>}. */
  URI link(String taskId) {
    return UriComponentsBuilder.fromUri(publicUrl).path(TASKLIST_PATH)
        .fragment("/?task=" + taskId).build().toUri();
  }

  private static String stageLabel(String stage) {
    try {
      return Stage.valueOf(stage).label();
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
