package org.salescycle.stage;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.shared.Caller;

/**
 * Runs when an element that declares a stage starts: keeps the process variables {@code stage}
 * and {@code stageReason} current and appends to the stage history, which holds when each stage
 * was entered. Instances that changed stage on earlier builds also carry {@code stageEnteredAt},
 * a third copy of that time which cost rows on every change; it is removed at their next stage
 * change, so that Cockpit shows no stale time.
 */
class StageRecorder implements ExecutionListener {

  static final String STAGE = "stage";
  static final String STAGE_REASON = "stageReason";

  private final StageDeclaration declaration;
  private final StageHistory history;
  private final List<StageObserver> observers;

  StageRecorder(StageDeclaration declaration, StageHistory history,
      List<StageObserver> observers) {
    this.declaration = declaration;
    this.history = history;
    this.observers = observers;
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
    if (instance.hasVariable(StageHistory.LEGACY_STAGE_ENTERED_AT)) {
      instance.removeVariable(StageHistory.LEGACY_STAGE_ENTERED_AT);
    }
    if (reason != null) {
      instance.setVariable(STAGE_REASON, reason);
    }
    history.enter(instance.getId(), instance.getProcessBusinessKey(), declaration.stage(), reason,
        execution.getCurrentActivityId(), Caller.userIdOf(execution), now.toInstant());
    observers.forEach(observer -> observer.entered(instance, declaration.stage()));
  }
}
