package org.salescycle.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.salescycle.credit.PaymentHistories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The customer table, written in the engine's transaction. */
@Repository
public class Customers implements PaymentHistories {

  static final String NO_HISTORY = "NONE";

  private final JdbcTemplate jdbc;

  public Customers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Customer customer) {
    jdbc.update(
        """
        insert into customer (id, company_name, company_domain, contact_name, contact_email, country,
          credit_limit, credit_terms, payment_history, source_process_instance_id, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        customer.id(), customer.companyName(), customer.companyDomain(), customer.contactName(),
        customer.contactEmail(), customer.country(), customer.creditLimit(), customer.creditTerms(),
        customer.paymentHistory(), customer.sourceProcessInstanceId(),
        Timestamp.from(customer.createdAt()));
  }

  public Optional<Customer> findById(String id) {
    return jdbc.query("select * from customer where id = ?", Customers::map, id).stream().findFirst();
  }

  public Optional<Customer> findBySourceProcessInstance(String processInstanceId) {
    return jdbc.query("select * from customer where source_process_instance_id = ?",
        Customers::map, processInstanceId).stream().findFirst();
  }

  @Override
  public String paymentHistoryOf(String companyDomain) {
    if (companyDomain == null) {
      return NO_HISTORY;
    }
    return jdbc.queryForList(
            "select payment_history from customer where company_domain = ? order by created_at desc",
            String.class, companyDomain)
        .stream().findFirst().orElse(NO_HISTORY);
  }

  private static Customer map(ResultSet rs, int row) throws SQLException {
    return new Customer(
        rs.getString("id"), rs.getString("company_name"), rs.getString("company_domain"),
        rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("country"),
        rs.getBigDecimal("credit_limit"), rs.getString("credit_terms"),
        rs.getString("payment_history"), rs.getString("source_process_instance_id"),
        rs.getTimestamp("created_at").toInstant());
  }
}
