package org.salescycle.benchmark.jobs;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The job executor and connection pool as a running application has them, for the report. */
public record EffectiveSettings(int corePoolSize, int maxPoolSize, int queueCapacity,
    int maxJobsPerAcquisition, int waitTimeInMillis, long maxWait, int connections) {

  static EffectiveSettings of(ApplicationContext context, JobExecutor jobExecutor) {
    ThreadPoolTaskExecutor threads =
        context.getBean("camundaTaskExecutor", ThreadPoolTaskExecutor.class);
    return new EffectiveSettings(threads.getCorePoolSize(), threads.getMaxPoolSize(),
        threads.getQueueCapacity(), jobExecutor.getMaxJobsPerAcquisition(),
        jobExecutor.getWaitTimeInMillis(), jobExecutor.getMaxWait(),
        context.getBean(HikariDataSource.class).getMaximumPoolSize());
  }

  public String describe() {
    return ("job threads %d core / %d max, queue %d, %d jobs per acquisition, idle wait %,d ms "
        + "(max %,d ms), %d database connections")
        .formatted(corePoolSize, maxPoolSize, queueCapacity, maxJobsPerAcquisition,
            waitTimeInMillis, maxWait, connections);
  }
}
