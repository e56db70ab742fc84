package org.salescycle.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In the demo setup: one warning, once the application is up, that says what makes it a demo (users
 * whose passwords everybody knows, the public quote-link secret, the address it listens on) and
 * how to run it for real.
 */
@Component
@Profile("demo")
class DemoSetupWarning {

  private static final Logger LOG = LoggerFactory.getLogger(DemoSetupWarning.class);

  private final CamundaBpmProperties camunda;
  private final DemoUsersProperties demo;
  private final Environment environment;

  DemoSetupWarning(CamundaBpmProperties camunda, DemoUsersProperties demo,
      Environment environment) {
    this.camunda = camunda;
    this.demo = demo;
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warn() {
    List<String> nameAsPassword = new ArrayList<>();
    List<String> otherPassword = new ArrayList<>();
    var admin = camunda.getAdminUser();
    if (admin != null && admin.getId() != null && admin.getId().equals(admin.getPassword())) {
      nameAsPassword.add(admin.getId());
    }
    for (DemoUsersProperties.DemoUser user : demo.users()) {
      (user.id().equals(user.password()) ? nameAsPassword : otherPassword).add(user.id());
    }
    String secret = environment.getProperty("sales-cycle.quote.acceptance.secret");
    boolean publicSecret = secret != null
        && secret.equals(environment.getProperty("sales-cycle.demo.quote-link-secret"));
    LOG.warn(message(nameAsPassword, otherPassword, publicSecret,
        environment.getProperty("server.address")));
  }

  static String message(List<String> nameAsPassword, List<String> otherDemoUsers,
      boolean publicLinkSecret, String address) {
    List<String> facts = new ArrayList<>();
    if (!nameAsPassword.isEmpty()) {
      facts.add("the users " + list(nameAsPassword) + " have their names as passwords");
    }
    if (!otherDemoUsers.isEmpty()) {
      facts.add("demo users with the passwords set in the configuration: " + list(otherDemoUsers));
    }
    if (publicLinkSecret) {
      facts.add("quote acceptance links are signed with the public demo secret, so anyone can "
          + "make one");
    }
    facts.add(isLoopback(address)
        ? "it listens on " + address + " only, so only this machine reaches it"
        : "it listens on " + Objects.requireNonNullElse(address, "every network interface")
            + ", so other machines reach it and can log in with these passwords");
    return "DEMO SETUP, not for real use: " + String.join("; ", facts) + ". To run it for real, "
        + "start with SPRING_PROFILES_ACTIVE=prod, SALES_CYCLE_ADMIN_PASSWORD and "
        + "SALES_CYCLE_QUOTE_LINK_SECRET set, and SERVER_ADDRESS for the address to listen on "
        + "(see docs/security.md).";
  }

  private static boolean isLoopback(String address) {
    if (address == null || address.isBlank()) {
      return false;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException unknown) {
      return false;
    }
  }

  private static String list(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    int last = names.size() - 1;
    return String.join(", ", names.subList(0, last)) + " and " + names.get(last);
  }
}
