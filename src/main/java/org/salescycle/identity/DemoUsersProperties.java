package org.salescycle.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The users of the demo setup (application-demo.yaml), each with its password and groups. */
@ConfigurationProperties("sales-cycle.demo")
public record DemoUsersProperties(List<DemoUser> users) {

  public DemoUsersProperties {
    users = users == null ? List.of() : List.copyOf(users);
  }

  public record DemoUser(String id, String firstName, String lastName, String email,
      String password, List<String> groups) {}
}
