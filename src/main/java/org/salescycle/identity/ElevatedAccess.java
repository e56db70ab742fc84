package org.salescycle.identity;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls for the current user with an administrator's rights, still under the user's
 * id (so stage history and Cockpit's operation log name who did it), and queries without any
 * check. Only for calls the application has already allowed by its own rules: a rep may withdraw
 * her lead although the engine grants reps no update on process instances.
 */
@Component
public class ElevatedAccess {

  private final IdentityService identity;

  public ElevatedAccess(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    return as(new Authentication(caller == null ? null : caller.getUserId(),
        List.of(Groups.CAMUNDA_ADMIN), caller == null ? null : caller.getTenantIds()), work);
  }

  /**
   * Runs an engine query the application has already allowed with no authenticated user, so the
   * engine checks no authorizations for it. A query writes nothing to the operation log and needs
   * no user id; with an administrator's rights the engine would still look up the authorizations
   * and join every row with the administrator's.
   */
  public <T> T read(Supplier<T> query) {
    return as(null, query);
  }

  /**
   * Runs an engine query with another user's rights, to learn what the engine lets that user see
   * (a manager looking at what is a rep's). Never for writes: they would be that user's.
   */
  public <T> T readAs(String userId, List<String> groupIds, Supplier<T> query) {
    return as(new Authentication(userId, groupIds), query);
  }

  /** Runs the work authenticated as given (null: as nobody), then puts the caller back. */
  private <T> T as(Authentication authentication, Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    if (authentication == null) {
      identity.clearAuthentication();
    } else {
      identity.setAuthentication(authentication);
    }
    try {
      return work.get();
    } finally {
      if (caller == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(caller);
      }
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
