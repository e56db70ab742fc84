package org.salescycle.shared;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting: the engine user calling the API (authenticated by HTTP Basic before the request
 * reaches a controller) or whose request runs an execution, and the groups that decide what the
 * user may see and do (which leads: {@code Lead#isVisibleTo}).
 */
public record Caller(String userId, Set<String> groups) {

  public static Caller current(IdentityService identity) {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new IllegalStateException("The API is reached only after authentication");
    }
    List<String> groupIds = authentication.getGroupIds();
    return new Caller(authentication.getUserId(), groupIds == null ? Set.of() : Set.copyOf(groupIds));
  }

  /** The id of the user whose request runs this execution; null in the job executor. */
  public static String userIdOf(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  public boolean seesAllLeads() {
    return groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(SalesGroups.MANAGERS);
  }

  public boolean isRep() {
    return groups.contains(SalesGroups.REPS);
  }

  public boolean isLeadSource() {
    return groups.contains(SalesGroups.LEAD_SOURCES);
  }

}
