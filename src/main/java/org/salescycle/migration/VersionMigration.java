package org.salescycle.migration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Moves running instances of older versions of a process to its latest version. Steps are matched
 * by id, or by the extension property {@value #MIGRATES_FROM} on a step of the new version that
 * names the old step it replaces (set in Modeler, e.g. "Record demo outcome" migrates from
 * "Give product demo"); pending timers keep their due dates (a nurture period that ran for
 * months does not start again) and message subscriptions are carried over. Instances waiting at a step the new version
 * no longer has stay on their version and are reported. The move itself runs as an async
 * batch, visible and retryable in Cockpit.
 */
@Service
public class VersionMigration {

  static final String MIGRATES_FROM = "migratesFrom";
  private static final Logger LOG = LoggerFactory.getLogger(VersionMigration.class);

  private final RepositoryService repository;
  private final RuntimeService runtime;

  public VersionMigration(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  public MigrationReport migrateToLatest(String processKey) {
    ProcessDefinition target = repository.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    if (target == null) {
      throw new IllegalArgumentException("No process with key '%s' is deployed".formatted(processKey));
    }
    List<MigrationReport.FromVersion> fromVersions = new ArrayList<>();
    for (ProcessDefinition source : repository.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).orderByProcessDefinitionVersion().asc().list()) {
      if (source.getVersion() < target.getVersion()) {
        List<ProcessInstance> running = runtime.createProcessInstanceQuery()
            .processDefinitionId(source.getId()).list();
        if (!running.isEmpty()) {
          fromVersions.add(migrate(source, target, running));
        }
      }
    }
    return new MigrationReport(processKey, target.getId(), target.getVersion(), fromVersions);
  }

  private MigrationReport.FromVersion migrate(ProcessDefinition source, ProcessDefinition target,
      List<ProcessInstance> running) {
    MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId())
        .mapEqualActivities();
    Set<String> sourceSteps = stepIds(repository.getBpmnModelInstance(source.getId()));
    replacedSteps(repository.getBpmnModelInstance(target.getId())).forEach((oldStep, newStep) -> {
      if (sourceSteps.contains(oldStep)) {
        builder.mapActivities(oldStep, newStep);
      }
    });
    MigrationPlan plan = builder.build();
    Set<String> mapped = plan.getInstructions().stream()
        .map(MigrationInstruction::getSourceActivityId)
        .collect(Collectors.toSet());

    List<String> movable = new ArrayList<>();
    List<MigrationReport.LeftBehind> leftBehind = new ArrayList<>();
    for (ProcessInstance instance : running) {
      List<String> unmapped = runtime.getActiveActivityIds(instance.getId()).stream()
          .filter(activity -> !mapped.contains(activity))
          .toList();
      if (unmapped.isEmpty()) {
        movable.add(instance.getId());
      } else {
        leftBehind.add(new MigrationReport.LeftBehind(instance.getId(), instance.getBusinessKey(), unmapped));
      }
    }

    String batchId = null;
    if (!movable.isEmpty()) {
      Batch batch = runtime.newMigration(plan).processInstanceIds(movable).executeAsync();
      batchId = batch.getId();
    }
    LOG.info("Migrating {} instance(s) of {} v{} to v{} in batch {}; {} left behind: {}",
        movable.size(), source.getKey(), source.getVersion(), target.getVersion(), batchId,
        leftBehind.size(), leftBehind);
    return new MigrationReport.FromVersion(source.getId(), source.getVersion(), movable.size(),
        batchId, leftBehind);
  }

  private static Set<String> stepIds(BpmnModelInstance model) {
    return model.getModelElementsByType(FlowNode.class).stream()
        .map(FlowNode::getId)
        .collect(Collectors.toSet());
  }

  /** Old step id to the new step that declares it replaces it. */
  private static Map<String, String> replacedSteps(BpmnModelInstance model) {
    Map<String, String> replaced = new HashMap<>();
    for (CamundaProperty property : model.getModelElementsByType(CamundaProperty.class)) {
      if (MIGRATES_FROM.equals(property.getCamundaName())
          && property.getParentElement().getParentElement().getParentElement()
              instanceof FlowNode step) {
        for (String oldStep : property.getCamundaValue().split(",")) {
          replaced.put(oldStep.trim(), step.getId());
        }
      }
    }
    return replaced;
  }
}
