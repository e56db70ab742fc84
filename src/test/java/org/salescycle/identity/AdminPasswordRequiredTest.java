package org.salescycle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salescycle.IntegrationTest;
import org.salescycle.SalesCycleApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the demo profile the application does not start without a chosen admin password. */
@IntegrationTest
class AdminPasswordRequiredTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void applicationRefusesToStartWithoutAChosenAdminPassword(String password) {
    var application = new SpringApplicationBuilder(SalesCycleApplication.class).profiles("test");

    assertThatThrownBy(() -> application.run(
            "--camunda.bpm.admin-user.password=" + password, "--server.port=0"))
        .hasMessageContaining("No password chosen for the administrator 'admin'")
        .hasMessageContaining("SALES_CYCLE_ADMIN_PASSWORD");
  }

  @Test
  void demoProfileStartsWithItsBuiltInAdminPassword() {
    try (var context = new SpringApplicationBuilder(SalesCycleApplication.class)
        .profiles("test", "demo") // demo last, so its admin password wins over the test one
        .run("--server.port=0")) {
      var identity = context.getBean(IdentityService.class);
      assertThat(identity.checkPassword("admin", "admin")).isTrue();
    }
  }
}
