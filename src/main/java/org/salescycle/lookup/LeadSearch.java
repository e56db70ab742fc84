package org.salescycle.lookup;

import java.util.ArrayList;
import java.util.List;
import org.salescycle.lead.LeadRepository;
import org.salescycle.shared.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pages through the leads a caller may see, newest first, filtered by stage, owner and a text that
 * the company name, contact name or e-mail contains (ignoring case). On PostgreSQL trigram indexes
 * answer the text ({@code db/migration-postgresql/V6__lead_text_search.sql}); elsewhere it reads
 * every lead.
 */
@Component
public class LeadSearch {

  private final JdbcTemplate jdbc;

  public LeadSearch(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What to look for; null criteria match every lead. */
  public record Criteria(String stage, String owner, String text, int page, int size) {}

  public LeadPage find(Criteria criteria, Caller caller) {
    List<Object> arguments = new ArrayList<>();
    String where = where(criteria, caller, arguments);
    long total = jdbc.queryForObject("select count(*) from sales_lead" + where, Long.class,
        arguments.toArray());
    List<Object> pageArguments = new ArrayList<>(arguments);
    pageArguments.add(criteria.size());
    pageArguments.add((long) criteria.page() * criteria.size());
    List<LeadSummary> content = jdbc.query(
        "select " + LeadRepository.COLUMNS + " from sales_lead" + where
            + " order by created_at desc, id limit ? offset ?",
        LeadRepository.LEAD, pageArguments.toArray()).stream().map(LeadSummary::of).toList();
    long pages = (total + criteria.size() - 1) / criteria.size();
    return new LeadPage(content, criteria.page(), criteria.size(), total, pages);
  }

  /** The search's where clause, its arguments added to {@code arguments}. */
  static String where(Criteria criteria, Caller caller, List<Object> arguments) {
    List<String> conditions = new ArrayList<>();
    if (criteria.stage() != null) {
      conditions.add("stage = ?");
      arguments.add(criteria.stage());
    }
    if (criteria.owner() != null) {
      conditions.add("owner = ?");
      arguments.add(criteria.owner());
    }
    if (criteria.text() != null && !criteria.text().isBlank()) {
      String pattern = "%" + escapeLike(criteria.text().trim()) + "%";
      conditions.add("(company_name ilike ? escape '!' or contact_name ilike ? escape '!'"
          + " or contact_email ilike ? escape '!')");
      arguments.add(pattern);
      arguments.add(pattern);
      arguments.add(pattern);
    }
    if (!caller.seesAllLeads()) {
      List<String> visible = new ArrayList<>();
      if (caller.isRep()) {
        visible.add("owner = ? or owner is null");
        arguments.add(caller.userId());
      }
      if (caller.isLeadSource()) {
        visible.add("created_by = ?");
        arguments.add(caller.userId());
      }
      conditions.add(visible.isEmpty() ? "1 = 0" : "(" + String.join(" or ", visible) + ")");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
