package org.salescycle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** What the engine sees of the caller inside an elevated call or read, and after it. */
@SpringBootTest
@ActiveProfiles("test")
class ElevatedAccessTest {

  @Autowired ElevatedAccess elevated;
  @Autowired IdentityService identity;

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void aCallKeepsTheCallersIdWithAnAdministratorsGroupThenGivesTheCallerBack() {
    identity.setAuthentication("rita-elevated", List.of("sales-reps"));

    Authentication inside = elevated.call(identity::getCurrentAuthentication);

    assertThat(inside.getUserId()).isEqualTo("rita-elevated");
    assertThat(inside.getGroupIds()).containsExactly(Groups.CAMUNDA_ADMIN);
    assertThat(identity.getCurrentAuthentication().getGroupIds()).containsExactly("sales-reps");
  }

  @Test
  void aReadRunsWithNoAuthenticatedUserThenGivesTheCallerBack() {
    identity.setAuthentication("rita-elevated", List.of("sales-reps"));

    Authentication inside = elevated.read(identity::getCurrentAuthentication);

    assertThat(inside).isNull();
    assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("rita-elevated");
    assertThat(identity.getCurrentAuthentication().getGroupIds()).containsExactly("sales-reps");
  }

  @Test
  void aReadWithoutACallerLeavesNoneBehind() {
    elevated.read(() -> "answer");

    assertThat(identity.getCurrentAuthentication()).isNull();
  }
}
