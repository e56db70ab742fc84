package org.salescycle.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shipped history level: the engine runs with it under the id of "full", records everything
 * but the earlier values of variables, and still records what a task form submitted.
 */
@SpringBootTest
@ActiveProfiles("test")
class FullHistoryWithoutVariableUpdatesTest {

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;

  private String deploymentId;

  @BeforeEach
  void deploy() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("Process_HistoryDemo")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Demo")
        .userTask("Task_Demo")
        .endEvent("EndEvent_Demo")
        .done();
    deploymentId = repositoryService.createDeployment()
        .addModelInstance("history-demo.bpmn", model).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void theEngineRunsWithTheShippedLevelUnderTheIdOfFull() {
    assertThat(configuration.getHistoryLevel().getName()).isEqualTo("full-without-variable-updates");
    assertThat(managementService.getHistoryLevel()).isEqualTo(ProcessEngineConfigurationImpl.HISTORYLEVEL_FULL);
  }

  @Test
  void aVariableKeepsItsLatestValueInHistoryButNoRowPerEarlierValue() {
    String instanceId = runtimeService.startProcessInstanceByKey("Process_HistoryDemo",
        Map.of("rating", "cold")).getId();
    runtimeService.setVariable(instanceId, "rating", "warm");
    runtimeService.setVariable(instanceId, "rating", "hot");

    HistoricVariableInstance rating = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instanceId).variableName("rating").singleResult();
    assertThat(rating.getValue()).isEqualTo("hot");
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instanceId)
        .variableUpdates().count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .activityId("Task_Demo").count()).isOne();
  }

  @Test
  void whatATaskFormSubmittedStaysInTheHistory() {
    String instanceId = runtimeService.startProcessInstanceByKey("Process_HistoryDemo").getId();
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

    formService.submitTaskForm(taskId, Map.of("interest", "high"));

    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instanceId).formFields().list())
        .extracting(detail -> ((HistoricFormField) detail).getFieldId(),
            detail -> ((HistoricFormField) detail).getFieldValue())
        .containsExactly(tuple("interest", "high"));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .completed().count()).isOne();
  }

  @Test
  void everyOtherKindOfHistoryIsRecorded() {
    FullHistoryWithoutVariableUpdates level = new FullHistoryWithoutVariableUpdates();
    for (HistoryEventTypes type : HistoryEventTypes.values()) {
      assertThat(level.isHistoryEventProduced(type, null)).as(type.name())
          .isEqualTo(type != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL);
    }
  }
}
