package org.salescycle.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.identity.ElevatedAccess;
import org.salescycle.lead.CompanyDomains;
import org.salescycle.lead.IdempotencyKey;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadBusinessKey;
import org.salescycle.lead.LeadConflictException;
import org.salescycle.lead.LeadRepository;
import org.salescycle.lead.LeadRules;
import org.salescycle.lead.LeadVariables;
import org.salescycle.lead.NewLead;
import org.salescycle.numbering.DocumentNumbers;
import org.salescycle.numbering.NumberKind;
import org.salescycle.process.SalesCycleProcess;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidField;
import org.salescycle.shared.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a new lead from the API or the CSV import: checks it against the lead rules, then numbers
 * it, stores the lead row and starts its sales cycle (business key: number and company) in one
 * transaction, so either all exist or none, and a lead that is not stored gives its number back.
 * A lead is never created twice: not for a repeated Idempotency-Key, and not while another lead
 * with the same e-mail is open. The database's unique constraints decide between concurrent
 * requests; the loser looks again and answers with the winner's lead.
 */
@Service
public class LeadIntake {

  private static final Logger LOG = LoggerFactory.getLogger(LeadIntake.class);
  private static final int ATTEMPTS = 5;

  private final LeadRepository leads;
  private final CompanyDomains companyDomains;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;
  private final ElevatedAccess elevated;
  private final DocumentNumbers numbers;

  public LeadIntake(LeadRepository leads, CompanyDomains companyDomains, RuntimeService runtime,
      TransactionTemplate transaction, ElevatedAccess elevated, DocumentNumbers numbers) {
    this.numbers = numbers;
    this.leads = leads;
    this.companyDomains = companyDomains;
    this.runtime = runtime;
    this.transaction = transaction;
    this.elevated = elevated;
  }

  /** A lead and whether this request created it (false: an earlier request with the same key did). */
  public record Outcome(Lead lead, boolean created) {}

  public Outcome submit(Map<String, Object> fields, Caller caller, String idempotencyKey) {
    List<InvalidField> errors = LeadRules.check(fields::get);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("The lead is invalid", errors);
    }
    IdempotencyKey key = new IdempotencyKey(idempotencyKey,
        idempotencyKey == null ? null : hash(fields));
    NewLead contact = NewLead.from(fields::get);
    DataIntegrityViolationException lastConflict = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Optional<Lead> earlier = earlierLead(caller, key, contact);
      if (earlier.isPresent()) {
        return new Outcome(earlier.get(), false);
      }
      try {
        Lead lead = transaction.execute(status -> create(fields, contact, caller, key));
        return new Outcome(lead, true);
      } catch (DataIntegrityViolationException | PessimisticLockingFailureException concurrent) {
        // Another request took the key or the e-mail first (or holds it uncommitted): look again.
        LOG.debug("Lead for {} raced another request (attempt {})", contact.contactEmail(), attempt);
        lastConflict = concurrent instanceof DataIntegrityViolationException integrity
            ? integrity : lastConflict;
      }
    }
    throw new IllegalStateException("The lead could not be stored after " + ATTEMPTS
        + " attempts against concurrent requests", lastConflict);
  }

  /**
   * The lead an earlier request with this key created; a conflict for an open lead's e-mail. The
   * e-mail is looked up first: a concurrent request commits its key and e-mail together, so once
   * its e-mail is seen, its key is seen too, and a repeat gets the lead instead of a conflict.
   */
  private Optional<Lead> earlierLead(Caller caller, IdempotencyKey key, NewLead contact) {
    Optional<String> open = leads.findOpenByEmail(contact.contactEmail());
    if (key.present()) {
      Optional<IdempotencyKey.Use> use = leads.findByIdempotencyKey(caller.userId(), key.value());
      if (use.isPresent()) {
        if (!use.get().requestHash().equals(key.requestHash())) {
          throw new LeadConflictException("The Idempotency-Key '%s' was used for a different lead"
              .formatted(key.value()), use.get().leadId());
        }
        return leads.find(use.get().leadId());
      }
    }
    if (open.isPresent()) {
      throw new LeadConflictException("An open lead already has the e-mail " + contact.contactEmail(),
          open.get());
    }
    return Optional.empty();
  }

  private Lead create(Map<String, Object> fields, NewLead contact, Caller caller,
      IdempotencyKey key) {
    String id = UUID.randomUUID().toString();
    String domain = companyDomains.of(contact.contactEmail()).orElse(null);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String number = numbers.next(NumberKind.LEAD, now);
    leads.insertOpen(id, number, contact, domain, caller.userId(), key, now);
    Map<String, Object> variables = new HashMap<>(fields);
    variables.remove(LeadVariables.PHONE);
    variables.remove(LeadVariables.SOURCE);
    variables.put(LeadVariables.LEAD_ID, id);
    // The lead's id is no answer of the start form: only the application may pass it.
    elevated.call(() -> runtime.createProcessInstanceByKey(SalesCycleProcess.KEY)
        .businessKey(LeadBusinessKey.of(number, contact.companyName()))
        .setVariables(variables)
        .execute());
    return leads.find(id).orElseThrow();
  }

  private static String hash(Map<String, Object> fields) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(new TreeMap<>(fields).toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
