package org.salescycle.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salescycle.engine.CustomPlansForAuthorizationChecks.UnnamedWhenCheckingAuthorizations.filtersByAuthorizations;
import static org.salescycle.engine.CustomPlansForAuthorizationChecks.UnnamedWhenCheckingAuthorizations.findsTasksByTheirIds;

import java.util.Map;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

/** Which of the engine's selects are planned with their values (shortened from its mappings). */
class CustomPlansForAuthorizationChecksTest {

  @Test
  void aResourceQueryFilteredByTheUsersAuthorizationsIsPlannedWithItsValues() {
    assertThat(filtersByAuthorizations("""
        select distinct RES.ID_, RES.NAME_ from ACT_RU_TASK RES
        left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
        left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 ) AUTH
        ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))""")).isTrue();
    assertThat(filtersByAuthorizations("""
        select count(distinct RES.ID_) from sales.ACT_RU_EXECUTION RES
        inner join sales.ACT_RE_PROCDEF P on RES.PROC_DEF_ID_ = P.ID_
        left join sales.ACT_RU_AUTHORIZATION AUTH on AUTH.RESOURCE_ID_ = RES.PROC_INST_ID_"""))
        .isTrue();
  }

  @Test
  void lookupsInTheAuthorizationsAloneKeepTheServersPlanCache() {
    assertThat(filtersByAuthorizations("""
        SELECT CASE WHEN EXISTS (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A
        WHERE A.TYPE_ = 1 AND A.USER_ID_ = ? AND A.PERMS_ & ? = ? AND A.RESOURCE_TYPE_ = ?
        AND A.RESOURCE_ID_ = ? ) THEN 1 ELSE null END""")).isFalse();
    assertThat(filtersByAuthorizations("""
        SELECT CASE WHEN EXISTS ( SELECT ID_ FROM sales.ACT_RU_AUTHORIZATION WHERE TYPE_ = 2
        AND ( USER_ID_ IN (?, '*') OR GROUP_ID_ IN ( ? ) ) ) THEN 1 ELSE 0 END""")).isFalse();
    assertThat(filtersByAuthorizations(
        "SELECT * FROM ACT_RU_AUTHORIZATION WHERE TYPE_ = ? AND GROUP_ID_ = ?")).isFalse();
  }

  @Test
  void taskQueriesForOneTaskExecutionOrInstanceKeepThePlanCache() {
    assertThat(findsTasksByTheirIds(new TaskQueryImpl().processInstanceId("instance-1")
        .taskDefinitionKey("Task_QualifyLead"))).isTrue();
    assertThat(findsTasksByTheirIds(new TaskQueryImpl().taskId("task-1"))).isTrue();
    assertThat(findsTasksByTheirIds(new TaskQueryImpl().executionId("execution-1"))).isTrue();
  }

  @Test
  void queueQueriesAndQueriesWidenedByOrAreStillPlannedWithTheirValues() {
    assertThat(findsTasksByTheirIds(new TaskQueryImpl().taskCandidateGroup("sales-reps")))
        .isFalse();
    TaskQueryImpl widened = new TaskQueryImpl().processInstanceId("instance-1");
    widened.or().taskCandidateGroup("sales-reps").endOr();
    assertThat(findsTasksByTheirIds(widened)).isFalse();
    assertThat(findsTasksByTheirIds(Map.of("processInstanceId", "instance-1"))).isFalse();
  }

  @Test
  void selectsWithoutTheAuthorizationsAreLeftAlone() {
    assertThat(filtersByAuthorizations(
        "select RES.ACT_ID_, RES.ID_ from ACT_RU_EXECUTION RES where RES.ID_ = ?")).isFalse();
  }
}
