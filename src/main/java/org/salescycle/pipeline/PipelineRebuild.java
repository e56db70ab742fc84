package org.salescycle.pipeline;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.salescycle.lead.LeadBusinessKey;
import org.salescycle.lead.LeadVariables;
import org.salescycle.lead.NewLead;
import org.salescycle.lead.OwnerChange;
import org.salescycle.lead.OwnerHistory;
import org.salescycle.process.SalesCycleProcess;
import org.salescycle.shared.SalesGroups;
import org.salescycle.stage.StageHistory;
import org.salescycle.stage.StageHistoryEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the pipeline read model (the lead table's stage, owner, value, activity and open or
 * closed state) from the engine's history, for when it was lost or went wrong: every sales-cycle
 * instance, running or ended, gets its lead row back. The stage comes from the process variable
 * the stage recorder keeps, the time it began from the stage history, the owner from the last
 * recorded change of owner or else the first rep who took one of its tasks, the last activity from the latest stage change or completed
 * task, the value from the latest quote or the estimate. A lead row that is missing is created
 * from the lead's variables, without the contact's details, which the engine does not keep
 * (see docs/inside.md). Finally each lead's funnel (first time in each stage, outcome) is
 * filled in from the stage history.
 */
@Service
public class PipelineRebuild {

  private static final Logger LOG = LoggerFactory.getLogger(PipelineRebuild.class);
  private static final int PROGRESS_EVERY = 1000;

  private final HistoryService history;
  private final RepositoryService repository;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final FunnelRefill funnel;
  private final StageHistory stages;
  private final OwnerHistory owners;
  private final Map<String, Set<String>> repTasksByDefinition = new HashMap<>();

  public PipelineRebuild(HistoryService history, RepositoryService repository, JdbcTemplate jdbc,
      TransactionTemplate transaction, FunnelRefill funnel, StageHistory stages,
      OwnerHistory owners) {
    this.funnel = funnel;
    this.stages = stages;
    this.owners = owners;
    this.history = history;
    this.repository = repository;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  /** How many leads were rebuilt, and how many of their rows had to be created. */
  public record Result(int leads, int recreated) {}

  public Result rebuild() {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(SalesCycleProcess.KEY).orderByProcessInstanceStartTime().asc().list();
    LOG.info("Rebuilding the pipeline of {} sales-cycle instances from the engine's history",
        instances.size());
    int leads = 0;
    int recreated = 0;
    for (HistoricProcessInstance instance : instances) {
      Map<String, Object> variables = history.createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId()).list().stream()
          .filter(variable -> variable.getValue() != null)
          .collect(Collectors.toMap(HistoricVariableInstance::getName,
              HistoricVariableInstance::getValue, (first, second) -> second));
      if (variables.get("stage") == null) {
        continue; // refused at the start, never became a lead
      }
      Boolean created = transaction.execute(status -> rebuild(instance, variables));
      leads++;
      recreated += Boolean.TRUE.equals(created) ? 1 : 0;
      if (leads % PROGRESS_EVERY == 0) {
        LOG.info("Pipeline rebuild: {} of {} instances", leads, instances.size());
      }
    }
    int funnels = transaction.execute(status -> funnel.run());
    LOG.info("Pipeline rebuilt: {} leads, {} lead rows recreated, {} funnels from the stage "
        + "history", leads, recreated, funnels);
    return new Result(leads, recreated);
  }

  /**
   * When the current stage began: the stage history's latest entry; for an instance with none,
   * the variable earlier builds kept, else the instance's start.
   */
  private Instant stageEnteredAt(HistoricProcessInstance instance, Map<String, Object> variables) {
    List<StageHistoryEntry> entries = stages.of(instance.getId());
    if (!entries.isEmpty()) {
      return entries.get(entries.size() - 1).enteredAt();
    }
    return variables.get(StageHistory.LEGACY_STAGE_ENTERED_AT) instanceof Date legacy
        ? legacy.toInstant() : instance.getStartTime().toInstant();
  }

  /** Rebuilds one lead's row; true when the row had to be created. */
  private boolean rebuild(HistoricProcessInstance instance, Map<String, Object> variables) {
    String leadId = Objects.toString(variables.get(LeadVariables.LEAD_ID),
        instance.getBusinessKey());
    boolean missing = jdbc.queryForObject("select count(*) from sales_lead where id = ?",
        Integer.class, leadId) == 0;
    if (missing) {
      NewLead data = NewLead.from(variables::get);
      jdbc.update("""
          insert into sales_lead (id, lead_number, company_name, contact_name, contact_email,
            company_domain, country, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
          leadId, LeadBusinessKey.numberIn(instance.getBusinessKey()), data.companyName(), data.contactName(), data.contactEmail(),
          variables.get(LeadVariables.COMPANY_DOMAIN), data.country(),
          Timestamp.from(instance.getStartTime().toInstant()));
    }
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
        .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
        .list();
    Set<String> repTasks = repTasksOf(instance.getProcessDefinitionId());
    List<OwnerChange> ownerChanges = owners.of(leadId);
    String owner = !ownerChanges.isEmpty() ? ownerChanges.get(ownerChanges.size() - 1).to()
        : tasks.stream()
            .filter(task -> repTasks.contains(task.getTaskDefinitionKey())
                && task.getAssignee() != null)
            .map(HistoricTaskInstance::getAssignee).findFirst().orElse(null);
    Instant stageEnteredAt = stageEnteredAt(instance, variables);
    Instant lastActivity = tasks.stream().map(HistoricTaskInstance::getEndTime)
        .filter(Objects::nonNull).map(Date::toInstant)
        .reduce(stageEnteredAt, (a, b) -> a.isAfter(b) ? a : b);
    boolean open = instance.getEndTime() == null;
    jdbc.update("""
        update sales_lead set process_instance_id = ?, stage = ?, stage_entered_at = ?, owner = ?,
          last_activity_at = ?, urgent = ?, deal_value = ?, closed_at = ?,
          open_email = case when ? then open_email else null end
        where id = ?""",
        instance.getId(), variables.get("stage"), Timestamp.from(stageEnteredAt), owner,
        Timestamp.from(lastActivity), Boolean.TRUE.equals(variables.get(LeadVariables.URGENT)),
        dealValue(instance.getId(), variables),
        open ? null : Timestamp.from(instance.getEndTime().toInstant()), open, leadId);
    // Contact details live in the lead row only: a lost row comes back without them, unless the
    // variables of an instance from before that rule still hold them.
    if (open && missing && variables.get(LeadVariables.CONTACT_EMAIL) != null) {
      String email = NewLead.from(variables::get).mailbox();
      jdbc.update("""
          update sales_lead set open_email = ? where id = ?
          and not exists (select 1 from sales_lead other where other.open_email = ?)""",
          email, leadId, email);
    }
    return missing;
  }

  private BigDecimal dealValue(String processInstanceId, Map<String, Object> variables) {
    List<BigDecimal> quoted = jdbc.queryForList("""
        select net_amount from quote where process_instance_id = ?
        order by revision desc fetch first 1 rows only""", BigDecimal.class, processInstanceId);
    if (!quoted.isEmpty()) {
      return quoted.get(0);
    }
    return NewLead.from(variables::get).dealValue();
  }

  private Set<String> repTasksOf(String processDefinitionId) {
    return repTasksByDefinition.computeIfAbsent(processDefinitionId, id ->
        repository.getBpmnModelInstance(id).getModelElementsByType(UserTask.class).stream()
            .filter(task -> task.getCamundaCandidateGroups() != null
                && task.getCamundaCandidateGroups().contains(SalesGroups.REPS))
            .map(UserTask::getId).collect(Collectors.toSet()));
  }
}
