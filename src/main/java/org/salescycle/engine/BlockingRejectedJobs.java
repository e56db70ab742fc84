package org.salescycle.engine;

import java.util.List;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.RejectedJobsHandler;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Jobs acquired while the job executor's queue is full wait in the acquisition thread for a free
 * place in the queue, instead of being handed back to the next acquisition cycle.
 *
 * <p>The engine's own handler hands them back, and the next cycle, which starts at once, resubmits
 * them and acquires only as many new jobs as were accepted. Under load the acquisition thread
 * then spins: about one acquisition (a select, lock updates and a commit) for every one or two
 * jobs instead of one per {@code max-jobs-per-acquisition}. Waiting here costs nothing, as there
 * is no room for more jobs anyway. After a second without room (every job thread busy with a
 * slow call), or when the pool has shut down, the jobs are handed back as before; the engine's
 * shutdown, which waits for the acquisition thread, is held up for that second at most. The jobs
 * stay locked by this node either way.
 */
@Component
class BlockingRejectedJobs extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(BlockingRejectedJobs.class);
  private static final long WAIT_AT_MOST_MILLIS = 1_000;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getJobExecutor() instanceof SpringJobExecutor jobExecutor
        && jobExecutor.getTaskExecutor() instanceof ThreadPoolTaskExecutor pool) {
      jobExecutor.setRejectedJobsHandler(
          new WaitForRoom(pool, jobExecutor.getRejectedJobsHandler()));
    } else {
      // the starter's job execution is switched off (camunda.bpm.job-execution.enabled=false)
      LOG.debug("No Spring job executor with a thread pool; jobs acquired while its queue is full "
          + "are handed back to the next acquisition, as the engine does");
    }
  }

  private record WaitForRoom(ThreadPoolTaskExecutor pool, RejectedJobsHandler handBack)
      implements RejectedJobsHandler {

    @Override
    public void jobsRejected(List<String> jobIds, ProcessEngineImpl engine,
        JobExecutor jobExecutor) {
      Runnable execution = jobExecutor.getExecuteJobsRunnable(jobIds, engine);
      ThreadPoolExecutor executor = pool.getThreadPoolExecutor();
      try {
        if (!executor.isShutdown()
            && executor.getQueue().offer(execution, WAIT_AT_MOST_MILLIS, TimeUnit.MILLISECONDS)
            && !(executor.isShutdown() && executor.remove(execution))) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      handBack.jobsRejected(jobIds, engine, jobExecutor);
    }
  }
}
