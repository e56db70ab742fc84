package org.salescycle.lead;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gives a lead started without a business key (Tasklist's start form sends none) the reference
 * {@code lead-<first part of its instance id>}, so messages by business key and quote numbers
 * work for it too. A key given by the caller is kept.
 */
@Component("assignLeadReference")
public class AssignLeadReference implements ExecutionListener {

  static final String PREFIX = "lead-";

  @Override
  public void notify(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      String instanceId = execution.getProcessInstanceId();
      execution.setProcessBusinessKey(PREFIX + instanceId.substring(0, Math.min(8, instanceId.length())));
    }
  }
}
