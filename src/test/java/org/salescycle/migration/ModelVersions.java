package org.salescycle.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;

/** Deploys other versions of the sales cycle beside the current one, and runs a migration batch. */
final class ModelVersions {

  private ModelVersions() {}

  /** Deploys the model text with the forms of processes/ and returns its process definition. */
  static ProcessDefinition deploy(RepositoryService repository, String name, String model)
      throws IOException {
    DeploymentBuilder deployment = repository.createDeployment().name(name)
        .addString("sales-cycle.bpmn", model);
    try (Stream<Path> forms = Files.list(Path.of("processes"))) {
      for (Path form : forms.filter(file -> file.toString().endsWith(".form")).toList()) {
        deployment.addString(form.getFileName().toString(), Files.readString(form));
      }
    }
    String deploymentId = deployment.deploy().getId();
    return repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
  }

  /** Runs the batch's seed, migration and monitor jobs, as the job executor would. */
  static void runBatch(ManagementService management, String batchId) {
    Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
    for (String definition : new String[] {batch.getSeedJobDefinitionId(),
        batch.getBatchJobDefinitionId(), batch.getMonitorJobDefinitionId()}) {
      for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
        management.executeJob(job.getId());
      }
    }
  }
}
