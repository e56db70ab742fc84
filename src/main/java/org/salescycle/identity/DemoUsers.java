package org.salescycle.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the demo setup only: creates the demo reps and managers and their group memberships, once.
 * A user who exists already keeps the password it has.
 */
@Component
@Profile("demo")
@Order(2)
public class DemoUsers implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identity;
  private final DemoUsersProperties properties;

  public DemoUsers(IdentityService identity, DemoUsersProperties properties) {
    this.identity = identity;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoUsersProperties.DemoUser demo : properties.users()) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.email());
        user.setPassword(demo.password());
        identity.saveUser(user);
        LOG.info("Demo user {} created (groups {})", demo.id(), demo.groups());
      }
      for (String group : demo.groups()) {
        if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identity.createMembership(demo.id(), group);
        }
      }
    }
  }
}
