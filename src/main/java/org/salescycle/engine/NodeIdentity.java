package org.salescycle.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node of a cluster (property {@code sales-cycle.node-name}, by default the host name)
 * where the engine records who did what: the job log's host name, and the lock owner of the jobs
 * this node's job executor holds (the name and a random suffix, so two nodes never share one).
 * Cockpit's job log and the job table then tell which node ran or holds a job.
 */
@Component
class NodeIdentity extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(NodeIdentity.class);

  private final String nodeName;

  NodeIdentity(@Value("${sales-cycle.node-name:}") String configured) {
    this.nodeName = configured == null || configured.isBlank() ? hostName() : configured.trim();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHostname(nodeName);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getJobExecutor() != null) {
      String lockOwner = nodeName + "-" + UUID.randomUUID().toString().substring(0, 8);
      configuration.getJobExecutor().setLockOwner(lockOwner);
      LOG.info("Node {}: the job executor locks jobs as {}", nodeName, lockOwner);
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "node";
    }
  }
}
