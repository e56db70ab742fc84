package org.salescycle.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine right now: the logged-in user, or nobody for jobs and timers. */
public final class CurrentUser {

  private CurrentUser() {}

  /** The id of the user whose request runs this execution; null in the job executor. */
  public static String idOf(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
