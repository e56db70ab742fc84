package org.salescycle.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Stage tracking as a Modeler user meets it: a process deployed with "stage" properties on its
 * elements is tracked with no Java change, and a misspelt stage is refused at deployment.
 */
@SpringBootTest
@ActiveProfiles("test")
class StageTrackingTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired StageHistory stageHistory;

  private String deploymentId;

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void aStepAddedInModelerWithAStagePropertyIsTracked() {
    deploy(model("PROSPECT"));

    ProcessInstance instance = runtimeService.startProcessInstanceByKey("stage-demo", "demo-1",
        Map.of("why", "Asked for a demo"));
    assertThat(runtimeService.getVariable(instance.getId(), "stage")).isEqualTo("PROSPECT");
    assertThat(runtimeService.getVariable(instance.getId(), "stageReason")).isEqualTo("Asked for a demo");
    assertThat(runtimeService.getVariables(instance.getId())).as("kept in the stage history only")
        .doesNotContainKey("stageEnteredAt");

    String taskId = taskService.createTaskQuery().processInstanceId(instance.getId())
        .singleResult().getId();
    taskService.setAssignee(taskId, "rita.rep");
    identityService.setAuthenticatedUserId("rita.rep");
    taskService.complete(taskId);

    List<StageHistoryEntry> history = stageHistory.of(instance.getId());
    assertThat(history).extracting(StageHistoryEntry::stage)
        .containsExactly(Stage.LEAD, Stage.PROSPECT, Stage.WON);
    assertThat(history).extracting(StageHistoryEntry::activityId)
        .containsExactly("StartEvent_Demo", "Task_NewStep", "EndEvent_Demo");
    assertThat(history.get(1).reason()).isEqualTo("Asked for a demo");
    assertThat(history.get(1).leftAt()).isEqualTo(history.get(2).enteredAt());
    assertThat(history.get(0).enteredBy()).isNull();
    assertThat(history.get(2).enteredBy()).isEqualTo("rita.rep");
    assertThat(history.get(2).leftAt()).isNull();
  }

  @Test
  void theStageEntryTimeEarlierBuildsKeptAsAVariableGoesAtTheNextStageChange() {
    deploy(model("PROSPECT"));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("stage-demo", "demo-2",
        Map.of("why", "Asked for a demo"));
    runtimeService.setVariable(instance.getId(), "stageEnteredAt", new Date(0));
    String taskId = taskService.createTaskQuery().processInstanceId(instance.getId())
        .singleResult().getId();

    taskService.complete(taskId);

    assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("stageEnteredAt").includeDeleted()
        .singleResult().getState()).isEqualTo("DELETED");
    assertThat(stageHistory.of(instance.getId())).extracting(StageHistoryEntry::stage)
        .containsExactly(Stage.LEAD, Stage.PROSPECT, Stage.WON);
  }

  @Test
  void aMisspeltStageFailsTheDeploymentWithAClearMessage() {
    assertThatThrownBy(() -> deploy(model("PROSPCT")))
        .hasMessageContaining("Element 'Task_NewStep' declares unknown stage 'PROSPCT'");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("stage-demo")
        .count()).isZero();
  }

  private void deploy(String bpmn) {
    deploymentId = repositoryService.createDeployment()
        .addString("stage-demo.bpmn", bpmn)
        .deploy()
        .getId();
  }

  private static String model(String middleStage) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
          <process id="stage-demo" isExecutable="true" camunda:historyTimeToLive="P1D">
            <startEvent id="StartEvent_Demo">
              <extensionElements><camunda:properties>
                <camunda:property name="stage" value="LEAD" />
              </camunda:properties></extensionElements>
            </startEvent>
            <sequenceFlow id="Flow_1" sourceRef="StartEvent_Demo" targetRef="Task_NewStep" />
            <userTask id="Task_NewStep">
              <extensionElements><camunda:properties>
                <camunda:property name="stage" value="%s" />
                <camunda:property name="reason" value="${why}" />
              </camunda:properties></extensionElements>
            </userTask>
            <sequenceFlow id="Flow_2" sourceRef="Task_NewStep" targetRef="EndEvent_Demo" />
            <endEvent id="EndEvent_Demo">
              <extensionElements><camunda:properties>
                <camunda:property name="stage" value="WON" />
              </camunda:properties></extensionElements>
            </endEvent>
          </process>
        </definitions>
        """.formatted(middleStage);
  }
}
