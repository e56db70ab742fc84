package org.salescycle.nurture;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.identity.ElevatedAccess;
import org.salescycle.lead.InvalidLeadException;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadConflictException;
import org.salescycle.lead.LeadCorrections;
import org.salescycle.lead.LeadNotFoundException;
import org.salescycle.lead.LeadRepository;
import org.salescycle.process.SalesCycleProcess;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A nurtured lead's figures from outside ({@code PUT /api/leads/{id}/figures}), from a lead source
 * or the lead's owner, while the lead waits at "Update lead figures": recorded as the step records
 * them ({@link UpdatedFigures}), then the message {@value SalesCycleProcess#LEAD_FIGURES_RECEIVED}
 * ends the step and the lead is assessed again, all in one transaction. Whichever comes first, the
 * step or the API, the other finds the lead no longer waiting.
 */
@Service
public class LeadFiguresReceipt {

  private static final Logger LOG = LoggerFactory.getLogger(LeadFiguresReceipt.class);

  /** What the API answers: the lead, its stage after the new assessment, what changed. */
  public record Outcome(String leadId, String stage, LeadCorrections.FiguresUpdate update) {}

  private final LeadRepository leads;
  private final LeadCorrections corrections;
  private final UpdatedFigures updated;
  private final RuntimeService runtime;
  private final ProcessEngine engine;
  private final ElevatedAccess elevated;
  private final TransactionTemplate transaction;

  public LeadFiguresReceipt(LeadRepository leads, LeadCorrections corrections,
      UpdatedFigures updated, RuntimeService runtime, ProcessEngine engine,
      ElevatedAccess elevated, TransactionTemplate transaction) {
    this.leads = leads;
    this.corrections = corrections;
    this.updated = updated;
    this.runtime = runtime;
    this.engine = engine;
    this.elevated = elevated;
    this.transaction = transaction;
  }

  public Outcome receive(String leadId, LeadFiguresRequest request, Caller caller) {
    Lead lead = leads.find(leadId).filter(found -> found.isVisibleTo(caller))
        .orElseThrow(() -> new LeadNotFoundException(leadId));
    if (!lead.open() || lead.processInstanceId() == null) {
      throw new LeadConflictException("The lead is closed (stage %s): it takes no figures"
          .formatted(lead.stage()), leadId);
    }
    if (!waiting(lead)) {
      throw notWaiting(lead);
    }
    Instant at = ClockUtil.getCurrentTime().toInstant();
    try {
      transaction.executeWithoutResult(status -> elevated.run(() -> {
        commands().execute(context -> {
          ExecutionEntity instance =
              context.getExecutionManager().findExecutionById(lead.processInstanceId());
          updated.record(instance, request.figures(), request.note(), caller.userId(), at,
              instance::getVariable);
          return null;
        });
        runtime.createMessageCorrelation(SalesCycleProcess.LEAD_FIGURES_RECEIVED)
            .processInstanceId(lead.processInstanceId())
            .correlateWithResult();
      }));
    } catch (MismatchingMessageCorrelationException | OptimisticLockingException concurrent) {
      // the step was completed in Tasklist in the meantime
      throw notWaiting(lead);
    } catch (ProcessEngineException failure) {
      InvalidLeadException invalid =
          InvalidLeadException.causing(failure).orElseThrow(() -> failure);
      throw new InvalidRequestException("The figures are invalid", invalid.errors());
    }
    LOG.info("Figures of lead {} received from {}", leadId, caller.userId());
    List<LeadCorrections.FiguresUpdate> recorded = corrections.figuresOf(leadId);
    return new Outcome(leadId, leads.find(leadId).orElseThrow().stage(),
        recorded.isEmpty() ? null : recorded.get(recorded.size() - 1));
  }

  private boolean waiting(Lead lead) {
    return elevated.read(() -> runtime.createEventSubscriptionQuery()
        .processInstanceId(lead.processInstanceId())
        .eventType("message").eventName(SalesCycleProcess.LEAD_FIGURES_RECEIVED)
        .count() > 0);
  }

  private static LeadConflictException notWaiting(Lead lead) {
    return new LeadConflictException(("A lead's figures are taken while it waits at Update lead "
        + "figures after nurture; this lead is at stage %s").formatted(lead.stage()), lead.id());
  }

  private CommandExecutor commands() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }
}
