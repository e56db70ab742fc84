package org.salescycle.lead;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The sales_lead table. It shares the engine's DataSource and transaction, so a lead row and the
 * process instance started for it are committed or rolled back together.
 */
@Repository
public class LeadRepository {

  public static final String COLUMNS = """
      id, lead_number, company_name, contact_name, contact_email, company_domain, phone, country,
      source,
      process_instance_id, stage, stage_entered_at, owner, urgent, created_at, created_by, closed_at,
      deal_value, last_activity_at""";

  public static final RowMapper<Lead> LEAD = LeadRepository::lead;

  private final JdbcTemplate jdbc;

  public LeadRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts an open lead. Fails with a DataIntegrityViolationException when an open lead has an
   * e-mail that reaches the same mailbox or the caller used the idempotency key before, also for
   * concurrent requests.
   */
  public void insertOpen(String id, String number, NewLead contact, String companyDomain,
      String createdBy, IdempotencyKey key, Instant at) {
    insert(id, number, contact, companyDomain, contact.mailbox(), createdBy, key, at);
  }

  /** Inserts a lead that is a known duplicate: it does not hold its e-mail as an open lead. */
  public void insertDuplicate(String id, String number, NewLead contact, String companyDomain,
      String createdBy, Instant at) {
    insert(id, number, contact, companyDomain, null, createdBy, IdempotencyKey.NONE, at);
  }

  private void insert(String id, String number, NewLead contact, String companyDomain,
      String openEmail, String createdBy, IdempotencyKey key, Instant at) {
    jdbc.update("""
        insert into sales_lead (id, lead_number, company_name, contact_name, contact_email,
          company_domain, phone, country, source, open_email, created_by, idempotency_key,
          request_hash, deal_value, created_at, last_activity_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, number, contact.companyName(), contact.contactName(), contact.contactEmail(),
        companyDomain, contact.phone(), contact.country(), contact.source(), openEmail, createdBy,
        key.value(), key.requestHash(), contact.dealValue(), Timestamp.from(at),
        Timestamp.from(at));
  }

  public void attachInstance(String leadId, String processInstanceId) {
    jdbc.update("update sales_lead set process_instance_id = ? where id = ?",
        processInstanceId, leadId);
  }

  public void recordPlannedPurchase(String leadId, YearMonth planned) {
    jdbc.update("update sales_lead set planned_purchase = ? where id = ?", planned.toString(),
        leadId);
  }

  /** The month the lead plans to buy in, as its row keeps it. */
  public Optional<YearMonth> plannedPurchase(String leadId) {
    return jdbc.queryForList("select planned_purchase from sales_lead where id = ?", String.class,
        leadId).stream().filter(Objects::nonNull).findFirst().map(YearMonth::parse);
  }

  public Optional<Lead> find(String id) {
    return jdbc.query("select " + COLUMNS + " from sales_lead where id = ?", LEAD, id)
        .stream().findFirst();
  }

  public Optional<Lead> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select " + COLUMNS + " from sales_lead where process_instance_id = ?",
        LEAD, processInstanceId).stream().findFirst();
  }

  /** The open lead whose e-mail reaches the same mailbox as this one. */
  public Optional<String> findOpenByEmail(String email) {
    return jdbc.queryForList("select id from sales_lead where open_email = ?", String.class,
        EmailAddress.of(email).mailbox()).stream().findFirst();
  }

  /** The lead an earlier request with this key created, and the hash of that request. */
  public Optional<IdempotencyKey.Use> findByIdempotencyKey(String createdBy, String key) {
    return jdbc.query(
        "select id, request_hash from sales_lead where created_by = ? and idempotency_key = ?",
        (rs, row) -> new IdempotencyKey.Use(rs.getString("id"), rs.getString("request_hash")),
        createdBy, key).stream().findFirst();
  }

  /**
   * Another open lead with the same mailbox or, when given, the same company domain; oldest first.
   * Two lookups, so each can use its index.
   */
  public Optional<Lead> findOtherOpenLike(String email, String companyDomain,
      String exceptProcessInstanceId) {
    Optional<Lead> sameEmail = findOtherOpen("open_email", EmailAddress.of(email).mailbox(),
        exceptProcessInstanceId);
    if (sameEmail.isPresent() || companyDomain == null) {
      return sameEmail;
    }
    return findOtherOpen("company_domain", companyDomain, exceptProcessInstanceId);
  }

  private Optional<Lead> findOtherOpen(String column, String value,
      String exceptProcessInstanceId) {
    return jdbc.query("select " + COLUMNS + " from sales_lead where " + column + " = ?"
            + " and closed_at is null"
            + " and (process_instance_id is null or process_instance_id <> ?)"
            + " order by created_at, id fetch first 1 rows only",
        LEAD, value, exceptProcessInstanceId).stream().findFirst();
  }

  public void close(String processInstanceId, Instant at) {
    jdbc.update("""
        update sales_lead set open_email = null, closed_at = ?
        where process_instance_id = ? and closed_at is null""",
        Timestamp.from(at), processInstanceId);
  }

  public void markUrgent(String leadId, Instant at) {
    jdbc.update("update sales_lead set urgent = true, last_activity_at = ? where id = ?",
        Timestamp.from(at), leadId);
  }

  /** A rep ticked "urgent" in a task's form; the lead's tasks are hurried from then on. */
  public void markUrgentByInstance(String processInstanceId) {
    jdbc.update("update sales_lead set urgent = true where process_instance_id = ? and not urgent",
        processInstanceId);
  }

  /** Someone worked on the lead: a stalled lead is one nobody has touched for too long. */
  public void recordActivity(String processInstanceId, Instant at) {
    jdbc.update("update sales_lead set last_activity_at = ? where process_instance_id = ?",
        Timestamp.from(at), processInstanceId);
  }

  /** The deal's value from now on, e.g. the net amount of the quote sent. */
  public void updateDealValue(String processInstanceId, BigDecimal value) {
    jdbc.update("update sales_lead set deal_value = ? where process_instance_id = ?",
        value, processInstanceId);
  }

  private static Lead lead(ResultSet rs, int row) throws SQLException {
    return new Lead(
        rs.getString("id"),
        rs.getString("lead_number"),
        rs.getString("company_name"),
        rs.getString("contact_name"),
        rs.getString("contact_email"),
        rs.getString("company_domain"),
        rs.getString("phone"),
        rs.getString("country"),
        rs.getString("source"),
        rs.getString("process_instance_id"),
        rs.getString("stage"),
        instant(rs, "stage_entered_at"),
        rs.getString("owner"),
        rs.getBoolean("urgent"),
        instant(rs, "created_at"),
        rs.getString("created_by"),
        instant(rs, "closed_at"),
        rs.getBigDecimal("deal_value"),
        instant(rs, "last_activity_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
