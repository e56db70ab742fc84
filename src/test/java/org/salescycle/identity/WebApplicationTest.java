package org.salescycle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running application over HTTP: the Camunda webapps answer, the engine REST API refuses
 * callers without valid credentials, and authorizations limit what an authenticated user sees.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebApplicationTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;

  @Test
  void cockpitTasklistAndAdminAreServed() {
    for (String app : new String[] {"cockpit", "tasklist", "admin"}) {
      ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
      assertThat(page.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
      assertThat(page.getBody()).as(app).contains("<html");
    }
  }

  @Test
  void engineRestRefusesCallsWithoutCredentials() {
    assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("nobody", "wrong").getForEntity("/engine-rest/process-definition",
        String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void adminSeesTheDeployedSalesCycle() {
    ResponseEntity<String> definitions = http.withBasicAuth("admin", TestUsers.ADMIN_PASSWORD)
        .getForEntity("/engine-rest/process-definition?key=sales-cycle", String.class);

    assertThat(definitions.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(definitions.getBody()).contains("\"key\":\"sales-cycle\"").contains("\"versionTag\":\"1.5.0\"");
  }

  @Test
  void authorizationsHideEverythingFromAUserWithoutGrants() {
    TestUsers.ensure(identityService, "outsider", "outsider-password");

    ResponseEntity<String> definitions = http.withBasicAuth("outsider", "outsider-password")
        .getForEntity("/engine-rest/process-definition", String.class);

    assertThat(definitions.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(definitions.getBody()).isEqualTo("[]");
  }

  @Test
  void outsideTheDemoThereAreNoDemoUsersButTheGroupsExist() {
    assertThat(identityService.createUserQuery().userIdIn("rita", "ray", "mia").count()).isZero();
    assertThat(identityService.createGroupQuery().groupIdIn("sales-reps", "sales-managers").count())
        .isEqualTo(2);
  }
}
