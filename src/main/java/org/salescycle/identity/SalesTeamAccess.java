package org.salescycle.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.salescycle.process.SalesCycleProcess;
import org.salescycle.shared.SalesGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the sales groups and what they may do, in every setup, at every start (idempotent).
 * Reps: Tasklist, start the sales cycle, the tasks of their group and their own (the engine grants
 * those per task). Managers: Tasklist and Cockpit, every sales-cycle instance and its history,
 * intervening in failed jobs, and the approval tasks of their group. Lead sources (system accounts):
 * starting leads, through the lead API only. Real users are added to the groups in Camunda Admin.
 */
@Component
@Order(1)
public class SalesTeamAccess implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SalesTeamAccess.class);
  private static final String ANY = "*";

  private final IdentityService identity;
  private final Grants grants;

  public SalesTeamAccess(IdentityService identity, Grants grants) {
    this.identity = identity;
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensureGroup(SalesGroups.REPS, "Sales reps");
    ensureGroup(SalesGroups.MANAGERS, "Sales managers");
    ensureGroup(SalesGroups.LEAD_SOURCES, "Lead sources (systems)");
    grantReps();
    grantManagers();
    grantLeadSources();
    LOG.info("Groups {}, {} and {} and their authorizations are in place", SalesGroups.REPS,
        SalesGroups.MANAGERS, SalesGroups.LEAD_SOURCES);
  }

  private void grantReps() {
    String reps = SalesGroups.REPS;
    grants.grant(reps, Resources.APPLICATION, "tasklist", ACCESS);
    grants.grant(reps, Resources.PROCESS_DEFINITION, SalesCycleProcess.KEY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grants.grant(reps, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
  }

  private void grantManagers() {
    String managers = SalesGroups.MANAGERS;
    grants.grant(managers, Resources.APPLICATION, "tasklist", ACCESS);
    grants.grant(managers, Resources.APPLICATION, "cockpit", ACCESS);
    grants.grant(managers, Resources.PROCESS_DEFINITION, SalesCycleProcess.KEY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_INSTANCE,
        ProcessDefinitionPermissions.RETRY_JOB);
    grants.grant(managers, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE,
        ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE,
        ProcessInstancePermissions.RETRY_JOB);
    // Managers read, complete and reassign any task; a rep only her own and her queue's.
    grants.grant(managers, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.READ_HISTORY,
        TaskPermissions.UPDATE);
    grants.grant(managers, Resources.DECISION_DEFINITION, ANY, READ, READ_HISTORY);
    grants.grant(managers, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
    // Deployments are the administrators' (an earlier setup granted managers read).
    grants.revoke(managers, Resources.DEPLOYMENT, ANY);
  }

  /** Systems start leads through the lead API; they need no webapp. */
  private void grantLeadSources() {
    String sources = SalesGroups.LEAD_SOURCES;
    grants.grant(sources, Resources.PROCESS_DEFINITION, SalesCycleProcess.KEY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grants.grant(sources, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType("WORKFLOW");
    identity.saveGroup(group);
  }
}
