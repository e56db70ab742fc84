package org.salescycle.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Names this node (property {@code sales-cycle.node-name}, by default the host name) in the job
 * log's host name and in the lock owner of the jobs its job executor holds (the name and a random
 * suffix, so two nodes never share one), so that Cockpit's job log and the job table tell which
 * node ran or holds a job; {@code sales-cycle.engine.node-identity=false} leaves the engine's own
 * names (the host's address with the engine's name, and a random id).
 */
@Component
@ConditionalOnProperty(name = "sales-cycle.engine.node-identity", matchIfMissing = true)
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
