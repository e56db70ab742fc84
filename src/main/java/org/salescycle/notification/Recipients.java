package org.salescycle.notification;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.salescycle.identity.ElevatedAccess;
import org.springframework.stereotype.Component;

/**
 * Users' e-mail addresses and groups' members, from the engine's identity service. Looked up
 * without the caller's authorizations: a rep who completes a task may not read other users, but
 * the manager who must approve her discount is still told. A user without an address is left out.
 */
@Component
class Recipients {

  private final IdentityService identity;
  private final ElevatedAccess elevated;

  Recipients(IdentityService identity, ElevatedAccess elevated) {
    this.identity = identity;
    this.elevated = elevated;
  }

  Optional<Person> user(String userId) {
    return elevated.read(() -> Optional.ofNullable(
        identity.createUserQuery().userId(userId).singleResult())).flatMap(Recipients::person);
  }

  List<Person> membersOf(String groupId) {
    return elevated.read(() -> identity.createUserQuery().memberOfGroup(groupId).list()).stream()
        .map(Recipients::person).flatMap(Optional::stream).toList();
  }

  List<String> groupsOf(String userId) {
    return elevated.read(() -> identity.createGroupQuery().groupMember(userId).list()).stream()
        .map(Group::getId).toList();
  }

  /** The group's name as people read it ("Sales reps"), or its id if it has none. */
  String groupName(String groupId) {
    Group group = elevated.read(() -> identity.createGroupQuery().groupId(groupId).singleResult());
    return group != null && group.getName() != null && !group.getName().isBlank()
        ? group.getName() : groupId;
  }

  private static Optional<Person> person(User user) {
    if (user.getEmail() == null || user.getEmail().isBlank()) {
      return Optional.empty();
    }
    String name = user.getFirstName() != null && !user.getFirstName().isBlank()
        ? user.getFirstName() : user.getId();
    return Optional.of(new Person(user.getId(), name, user.getEmail().trim()));
  }
}
