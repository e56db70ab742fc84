package org.salescycle.process;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The build fails unless the path tests pass every flow node and sequence flow of the model. */
@TestConfiguration
class CoverageTestConfiguration {

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).build();
  }
}
