package org.salescycle.correction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.salescycle.identity.ElevatedAccess;
import org.salescycle.lead.CorrectLeadData;
import org.salescycle.lead.InvalidLeadException;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadConflictException;
import org.salescycle.lead.LeadCorrections;
import org.salescycle.lead.LeadNotFoundException;
import org.salescycle.lead.LeadRepository;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrects a lead's data from the lead API the way a rep does in Tasklist: "Qualify lead" is
 * completed with the decision to correct and the corrected fields, so the correction is recorded
 * by the same step ({@link CorrectLeadData}) and the lead is assessed again. A lead's data is
 * corrected while it waits at "Qualify lead"; after that its figures have been used by the
 * dialogue, the credit check or a quote.
 */
@Service
public class LeadDataCorrection {

  private static final Logger LOG = LoggerFactory.getLogger(LeadDataCorrection.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String QUALIFY_LEAD = "Task_QualifyLead";

  /** What a correction answers: the lead, its stage after the new assessment, what changed. */
  public record Outcome(String leadId, String stage, LeadCorrections.Correction correction) {}

  private final LeadRepository leads;
  private final LeadCorrections corrections;
  private final TaskService tasks;
  private final ElevatedAccess elevated;
  private final TransactionTemplate transaction;

  public LeadDataCorrection(LeadRepository leads, LeadCorrections corrections, TaskService tasks,
      ElevatedAccess elevated, TransactionTemplate transaction) {
    this.leads = leads;
    this.corrections = corrections;
    this.tasks = tasks;
    this.elevated = elevated;
    this.transaction = transaction;
  }

  public Outcome correct(String leadId, LeadCorrectionRequest request, Caller caller) {
    Lead lead = visibleLead(leadId, caller);
    if (!lead.open() || lead.processInstanceId() == null) {
      throw new LeadConflictException(("The lead is closed (stage %s): its data is no longer "
          + "corrected").formatted(lead.stage()), leadId);
    }
    Task qualify = elevated.read(() -> tasks.createTaskQuery()
        .processInstanceId(lead.processInstanceId()).taskDefinitionKey(QUALIFY_LEAD)
        .singleResult());
    if (qualify == null) {
      throw new LeadConflictException(("A lead's data is corrected while it waits at Qualify "
          + "lead; this lead is at stage %s").formatted(lead.stage()), leadId);
    }
    Map<String, Object> correction = new HashMap<>(request.fields());
    correction.put(CorrectLeadData.REASON, request.reason());
    Map<String, Object> answers = Map.of("qualificationDecision", CorrectLeadData.DECISION,
        CorrectLeadData.CORRECTION, json(correction));
    try {
      transaction.executeWithoutResult(status -> elevated.run(
          () -> tasks.complete(qualify.getId(), answers)));
    } catch (ProcessEngineException failure) {
      InvalidLeadException invalid =
          InvalidLeadException.causing(failure).orElseThrow(() -> failure);
      throw new InvalidRequestException("The correction is invalid", invalid.errors());
    }
    LOG.info("Lead {} corrected by {}", leadId, caller.userId());
    List<LeadCorrections.Correction> recorded = corrections.of(leadId);
    return new Outcome(leadId, leads.find(leadId).orElseThrow().stage(),
        recorded.isEmpty() ? null : recorded.get(recorded.size() - 1));
  }

  public List<LeadCorrections.Correction> history(String leadId, Caller caller) {
    return corrections.of(visibleLead(leadId, caller).id());
  }

  private Lead visibleLead(String leadId, Caller caller) {
    return leads.find(leadId).filter(lead -> lead.isVisibleTo(caller))
        .orElseThrow(() -> new LeadNotFoundException(leadId));
  }

  private static String json(Map<String, Object> correction) {
    try {
      return JSON.writeValueAsString(correction);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
