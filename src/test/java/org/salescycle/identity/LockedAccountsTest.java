package org.salescycle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.shared.SalesGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Wrong passwords over real HTTP, from several client addresses on this machine: they slow
 * guessing down, but lock no account for good, and no one client keeps an account locked, the
 * administrator's included. The engine's clock is moved instead of waiting for locks to end.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LockedAccountsTest {

  /** Past the longest lock, login-delay-max-time in application.yaml. */
  static final Duration LOCK_ENDED = Duration.ofSeconds(61);
  /** Past sales-cycle.logins.client-period in application.yaml. */
  static final Duration PERIOD_ENDED = Duration.ofMinutes(61);
  static final String ENGINE_REST = "/engine-rest/process-definition/count";
  static final String ADMIN = "admin";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  HttpFrom attacker;
  HttpFrom office;

  /** Each test starts after every lock and period of the tests before (the clock only moves on). */
  @BeforeEach
  void clientsAfterEarlierTests() {
    attacker = new HttpFrom("127.0.0.2", port);
    office = new HttpFrom("127.0.0.1", port);
    later(PERIOD_ENDED);
  }

  @AfterAll
  static void realClock() {
    ClockUtil.reset();
  }

  @Test
  void wrongPasswordsFromManyClientsLockAnAccountOnlyUntilItsLockEnds() {
    TestUsers.ensure(identity, "guessed-rep", "right-password", SalesGroups.REPS);

    for (int client = 10; client < 25; client++) {
      HttpFrom guesser = new HttpFrom("127.0.0." + client, port);
      assertThat(engineRest(guesser, "guessed-rep", "guess-" + client)).isEqualTo(401);
      assertThat(engineRest(office, "guessed-rep", "right-password"))
          .as("the right password while the account is locked").isEqualTo(401);
      later(LOCK_ENDED);
    }

    assertThat(engineRest(office, "guessed-rep", "right-password"))
        .as("after 15 wrong passwords (the engine's default locks for good after 10)")
        .isEqualTo(200);
  }

  @Test
  void oneClientCannotKeepTheAdministratorLockedOut() {
    for (int guess = 1; guess <= 5; guess++) {
      assertThat(engineRest(attacker, ADMIN, "guess-" + guess)).isEqualTo(401);
      assertThat(engineRest(office, ADMIN, TestUsers.ADMIN_PASSWORD))
          .as("locked right after guess %d", guess).isEqualTo(401);
      later(LOCK_ENDED);
      assertThat(engineRest(office, ADMIN, TestUsers.ADMIN_PASSWORD))
          .as("once the lock after guess %d has ended", guess).isEqualTo(200);
    }

    for (int guess = 6; guess <= 30; guess++) {
      assertThat(engineRest(attacker, ADMIN, "guess-" + guess)).isEqualTo(401);
      assertThat(engineRest(office, ADMIN, TestUsers.ADMIN_PASSWORD))
          .as("guess %d, refused unchecked, locks nothing", guess).isEqualTo(200);
    }
    assertThat(engineRest(attacker, ADMIN, TestUsers.ADMIN_PASSWORD))
        .as("the attacker's client, refused unchecked, learns nothing").isEqualTo(401);

    later(PERIOD_ENDED);
    assertThat(engineRest(attacker, ADMIN, TestUsers.ADMIN_PASSWORD))
        .as("the same client once its wrong passwords are out of the period").isEqualTo(200);
  }

  @Test
  void theWebappLoginFormCountsWrongPasswordsPerClientToo() {
    for (int guess = 1; guess <= 5; guess++) {
      assertThat(webappLogin(attacker, ADMIN, "guess-" + guess)).isEqualTo(401);
      later(LOCK_ENDED);
    }
    assertThat(webappLogin(attacker, ADMIN, "guess-6")).isEqualTo(401);
    assertThat(webappLogin(attacker, ADMIN, TestUsers.ADMIN_PASSWORD))
        .as("refused unchecked").isEqualTo(401);

    assertThat(webappLogin(office, ADMIN, TestUsers.ADMIN_PASSWORD)).isEqualTo(200);
    assertThat(engineRest(office, ADMIN, TestUsers.ADMIN_PASSWORD)).isEqualTo(200);
  }

  @Test
  void anAdministratorUnlocksAnAccountAtOnce() {
    TestUsers.ensure(identity, "locked-manager", "right-password", SalesGroups.MANAGERS);
    for (int guess = 1; guess <= 5; guess++) {
      later(LOCK_ENDED);
      assertThat(engineRest(attacker, "locked-manager", "guess-" + guess)).isEqualTo(401);
    }
    assertThat(engineRest(office, "locked-manager", "right-password")).as("locked").isEqualTo(401);

    HttpFrom.Answer unlock = office.post("/engine-rest/user/locked-manager/unlock",
        Map.of("Authorization", HttpFrom.basic(ADMIN, TestUsers.ADMIN_PASSWORD)), "");
    assertThat(unlock.status()).isEqualTo(204);

    assertThat(engineRest(office, "locked-manager", "right-password")).isEqualTo(200);
    assertThat(engineRest(attacker, "locked-manager", "right-password"))
        .as("the refusal of the client that gave the wrong passwords is lifted too").isEqualTo(200);
  }

  @Test
  void onlyAnAdministratorMayUnlock() {
    TestUsers.ensure(identity, "other-rep", "other-password", SalesGroups.REPS);

    HttpFrom.Answer unlock = office.post("/engine-rest/user/" + ADMIN + "/unlock",
        Map.of("Authorization", HttpFrom.basic("other-rep", "other-password")), "");

    assertThat(unlock.status()).isEqualTo(403);
  }

  private static int engineRest(HttpFrom client, String user, String password) {
    return client.get(ENGINE_REST, Map.of("Authorization", HttpFrom.basic(user, password)))
        .status();
  }

  /** As the Tasklist, Cockpit and Admin login form sends it, with the webapps' CSRF token. */
  private static int webappLogin(HttpFrom client, String user, String password) {
    HttpFrom.Answer page = client.get("/camunda/app/cockpit/default/", Map.of());
    String cookies = String.join("; ", page.cookies());
    String token = page.cookies().stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
        .map(cookie -> cookie.substring("XSRF-TOKEN=".length())).findFirst().orElseThrow();
    return client.post("/camunda/api/admin/auth/user/default/login/cockpit", Map.of(
            "Cookie", cookies, "X-XSRF-TOKEN", token,
            "Content-Type", "application/x-www-form-urlencoded"),
        "username=" + encode(user) + "&password=" + encode(password)).status();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void later(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }
}
