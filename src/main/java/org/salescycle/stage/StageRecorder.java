package org.salescycle.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.process.CurrentUser;

/**
 * Runs when an element that declares a stage starts: keeps the process variables {@code stage},
 * {@code stageReason} and {@code stageEnteredAt} current and appends to the stage history.
 */
class StageRecorder implements ExecutionListener {

  static final String STAGE = "stage";
  static final String STAGE_REASON = "stageReason";
  static final String STAGE_ENTERED_AT = "stageEnteredAt";

  private final StageDeclaration declaration;
  private final StageHistory history;

  StageRecorder(StageDeclaration declaration, StageHistory history) {
    this.declaration = declaration;
    this.history = history;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    String stage = declaration.stage().name();
    String reason = declaration.reasonFor(execution);
    if (stage.equals(instance.getVariable(STAGE)) && reason == null) {
      return;
    }
    var now = ClockUtil.getCurrentTime();
    instance.setVariable(STAGE, stage);
    instance.setVariable(STAGE_ENTERED_AT, now);
    if (reason != null) {
      instance.setVariable(STAGE_REASON, reason);
    }
    history.enter(instance.getId(), instance.getProcessBusinessKey(), declaration.stage(), reason,
        execution.getCurrentActivityId(), CurrentUser.idOf(execution), now.toInstant());
  }
}
