package org.salescycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The application's process engine evaluates its decision tables with the prepared FEEL engine. */
@SpringBootTest
@ActiveProfiles("test")
class PreparedFeelInEngineTest {

  @Autowired ProcessEngine processEngine;

  @Test
  void theEnginesDecisionTablesUseThePreparedFeelEngine() {
    var configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

    assertThat(configuration.getDmnEngineConfiguration().getFeelEngine())
        .isInstanceOf(PreparedFeelEngine.class);
  }
}
