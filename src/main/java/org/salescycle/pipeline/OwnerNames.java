package org.salescycle.pipeline;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.salescycle.identity.ElevatedAccess;
import org.salescycle.identity.PersonName;
import org.springframework.stereotype.Component;

/**
 * Lead owners as people read them ("Rita Rep"), looked up in one query. A manager may read the
 * pipeline without the right to read users, so the lookup runs without the caller's checks.
 */
@Component
class OwnerNames {

  private final IdentityService identity;
  private final ElevatedAccess elevated;

  OwnerNames(IdentityService identity, ElevatedAccess elevated) {
    this.identity = identity;
    this.elevated = elevated;
  }

  /** Each user's first and last name; the user id for a user without a name or unknown. */
  Function<String, String> of(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return id -> id;
    }
    Map<String, String> names = elevated.read(() -> identity.createUserQuery()
            .userIdIn(userIds.toArray(String[]::new)).list())
        .stream().collect(Collectors.toMap(User::getId, PersonName::of));
    return id -> id == null ? null : names.getOrDefault(id, id);
  }
}
