package org.salescycle.operations;

import org.salescycle.SalesCycleApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The settings the application cannot start without outside the demo: the administrator's
 * password and the key that signs quote acceptance links. The beans that use them apply these
 * rules, and so does a starting application to its environment before it builds anything, so that
 * a start without one stops with the failure report naming the setting and no stack trace.
 */
public class RequiredSettings implements EnvironmentPostProcessor {

  public static final int MIN_QUOTE_LINK_SECRET_LENGTH = 32;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment,
      SpringApplication application) {
    // other applications on the class path (the benchmarks' bare engine) have settings of their own
    if (!application.getAllSources().contains(SalesCycleApplication.class)) {
      return;
    }
    adminPassword(environment.getProperty("camunda.bpm.admin-user.id"),
        environment.getProperty("camunda.bpm.admin-user.password"));
    quoteLinkSecret(environment.getProperty("sales-cycle.quote.acceptance.secret"));
  }

  /**
   * An administrator needs a chosen password: the Camunda starter would otherwise fall back to the
   * user id as the password. Only the demo profile ships one.
   */
  public static void adminPassword(String adminId, String password) {
    if (adminId != null && (password == null || password.isBlank())) {
      throw new MissingSetting("SALES_CYCLE_ADMIN_PASSWORD", ("No password chosen for the "
          + "administrator '%s'. Set SALES_CYCLE_ADMIN_PASSWORD (only the demo profile, active "
          + "when no profile is chosen, has a built-in one).").formatted(adminId));
    }
  }

  /** Acceptance links are signed with a secret long enough that nobody can guess it. */
  public static void quoteLinkSecret(String secret) {
    if (secret == null || secret.length() < MIN_QUOTE_LINK_SECRET_LENGTH) {
      throw new MissingSetting("SALES_CYCLE_QUOTE_LINK_SECRET", ("No secret of at least %d "
          + "characters for quote acceptance links. Set SALES_CYCLE_QUOTE_LINK_SECRET (only the "
          + "demo profile has a built-in one).").formatted(MIN_QUOTE_LINK_SECRET_LENGTH));
    }
  }
}
