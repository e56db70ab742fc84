package org.salescycle.identity;

import org.camunda.bpm.engine.IdentityService;

/** Users for HTTP tests: the test profile's administrator, and extra users created on demand. */
public final class TestUsers {

  /** The administrator's password in application-test.yaml. */
  public static final String ADMIN_PASSWORD = "test-only-admin-password";

  private TestUsers() {}

  /** Creates the user with the password and group memberships unless it exists already. */
  public static void ensure(IdentityService identity, String id, String password, String... groups) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    var user = identity.newUser(id);
    user.setPassword(password);
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
  }
}
