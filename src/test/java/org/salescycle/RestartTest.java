package org.salescycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salescycle.process.Leads;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default setup keeps its data in an H2 file: a lead started before a restart still waits at
 * its step afterwards, and the restart does not deploy the unchanged models again.
 */
@IntegrationTest
class RestartTest {

  @TempDir Path folder;

  @Test
  void runningLeadsSurviveARestartOnTheSameDatabaseFile() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("sales-cycle").toAbsolutePath();
    ProcessInstance lead;
    try (ConfigurableApplicationContext first = start(url)) {
      lead = engine(first).getRuntimeService()
          .startProcessInstanceByKey("sales-cycle", "lead-restart", Leads.qualifiedLead());
    }
    assertThat(Files.exists(folder.resolve("sales-cycle.mv.db"))).isTrue();

    try (ConfigurableApplicationContext second = start(url)) {
      ProcessEngine engine = engine(second);
      assertThat(engine.getRuntimeService().getActiveActivityIds(lead.getId()))
          .containsExactly("Task_QualifyLead");
      assertThat(engine.getRuntimeService().getVariable(lead.getId(), "stage")).isEqualTo("QUALIFYING");
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("sales-cycle").count()).isEqualTo(1);
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(SalesCycleApplication.class)
        .profiles("test")
        .run("--spring.datasource.url=" + url, "--server.port=0");
  }

  private static ProcessEngine engine(ConfigurableApplicationContext context) {
    return context.getBean(ProcessEngine.class);
  }
}
