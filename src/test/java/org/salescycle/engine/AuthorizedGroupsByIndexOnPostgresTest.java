package org.salescycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.engine.AuthorizedGroupsByIndex.ManagerReadingGroupsByIndex;
import org.salescycle.postgres.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The groups that have authorizations, read through the index on PostgreSQL: the same set as the
 * engine's own query, and the authorization checks that depend on it still grant and refuse as
 * before.
 */
@IntegrationTest
@SpringBootTest
@ActiveProfiles("test")
class AuthorizedGroupsByIndexOnPostgresTest {

  private static final String AUDITORS = "auditors-test";
  private static final String ARCHIVISTS = "archivists-test";
  private static final String WITHOUT_AUTHORIZATIONS = "no-rights-test";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry);
  }

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  private final List<String> granted = new ArrayList<>();

  @BeforeEach
  void grant() {
    grantGroup(AUDITORS, "sales-cycle");
    grantGroup(ARCHIVISTS, "retired-process");
    grantGroup(ARCHIVISTS, "another-retired-process");
    Authorization user = authorizations().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    user.setUserId("solo-test");
    user.setResource(Resources.PROCESS_DEFINITION);
    user.setResourceId("sales-cycle");
    user.addPermission(Permissions.READ);
    granted.add(authorizations().saveAuthorization(user).getId());
  }

  @AfterEach
  void revokeWhatWasGranted() {
    granted.forEach(authorizations()::deleteAuthorization);
  }

  @Test
  void theEnginesAuthorizationManagerReadsTheGroupsThroughTheIndex() {
    Set<String> read = inCommand(context -> {
      AuthorizationManager manager = context.getAuthorizationManager();
      assertThat(manager).isInstanceOf(ManagerReadingGroupsByIndex.class);
      return ((ManagerReadingGroupsByIndex) manager).getAllGroups();
    });

    Set<String> everyGroup = new HashSet<>(jdbc.queryForList(
        "select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION where GROUP_ID_ is not null",
        String.class));
    assertThat(read).isEqualTo(everyGroup).contains(AUDITORS, ARCHIVISTS).doesNotContainNull();
  }

  @Test
  void aUsersGroupsWithoutAnyAuthorizationAreLeftOutOfItsChecks() {
    List<String> checked = inCommand(context -> context.getAuthorizationManager()
        .filterAuthenticatedGroupIds(List.of(AUDITORS, WITHOUT_AUTHORIZATIONS)));

    assertThat(checked).containsExactly(AUDITORS);
  }

  @Test
  void groupAuthorizationsStillGrantAndTheirAbsenceStillRefuses() {
    assertThat(definitionsVisibleTo(AUDITORS)).containsExactly("sales-cycle");
    assertThat(definitionsVisibleTo(ARCHIVISTS)).isEmpty();
    assertThat(definitionsVisibleTo(WITHOUT_AUTHORIZATIONS)).isEmpty();
  }

  private List<String> definitionsVisibleTo(String group) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication("someone-test", List.of(group));
    try {
      return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()
          .stream().map(ProcessDefinition::getKey).distinct().toList();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void grantGroup(String group, String processKey) {
    Authorization authorization =
        authorizations().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(Resources.PROCESS_DEFINITION);
    authorization.setResourceId(processKey);
    authorization.addPermission(Permissions.READ);
    granted.add(authorizations().saveAuthorization(authorization).getId());
  }

  private AuthorizationService authorizations() {
    return engine.getAuthorizationService();
  }

  private <T> T inCommand(Function<CommandContext, T> work) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(work::apply);
  }
}
