package org.salescycle.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.postgres.TestPostgres;
import org.salescycle.shared.Caller;
import org.salescycle.shared.SalesGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lead search by text on PostgreSQL: it finds a fragment anywhere in the company name, contact name
 * or e-mail, whatever its case, and the server can answer each of the three from its trigram
 * index instead of reading every lead.
 */
@IntegrationTest
@SpringBootTest
@ActiveProfiles("test")
class LeadTextSearchOnPostgresTest {

  private static final Caller MANAGER = new Caller("mia-test", Set.of(SalesGroups.MANAGERS));
  private static final String MARKER = "TextSearchTest";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry);
  }

  @Autowired LeadSearch search;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @BeforeEach
  void leads() {
    insertLead("ts-company", "Quintessa " + MARKER + " Logistics", "Ann Example",
        "ann@quintessa.example");
    insertLead("ts-contact", MARKER + " Holdings", "Bartholomew Zyskowski",
        "bart@holdings.example");
    insertLead("ts-email", MARKER + " Foods", "Cleo Example", "cleo.vandermeer@foods.example");
    jdbc.update("insert into sales_lead (id, company_name, contact_name, contact_email, country,"
        + " created_at) select 'ts-filler-' || n, 'Filler company ' || n, 'Filler contact ' || n,"
        + " 'filler' || n || '@example.com', 'PL', localtimestamp"
        + " from generate_series(1, 2000) n");
    jdbc.execute("analyze sales_lead");
  }

  @AfterEach
  void removeLeads() {
    jdbc.update("delete from sales_lead where id like 'ts-%'");
  }

  @Test
  void findsAFragmentOfEachFieldWhateverItsCase() {
    assertThat(idsFound("TESSA " + MARKER.toLowerCase())).containsExactly("ts-company");
    assertThat(idsFound("olomew zysK")).containsExactly("ts-contact");
    assertThat(idsFound("VANDERMEER@")).containsExactly("ts-email");
    assertThat(idsFound(MARKER)).containsExactlyInAnyOrder("ts-company", "ts-contact", "ts-email");
    assertThat(idsFound("100%")).isEmpty();
  }

  @Test
  void eachFieldIsAnsweredByItsTrigramIndex() {
    assertThat(planOfCount("quintessa")).contains("sales_lead_company_name_text",
        "sales_lead_contact_name_text", "sales_lead_contact_email_text")
        .doesNotContain("Seq Scan");
  }

  private List<String> idsFound(String text) {
    return search.find(new LeadSearch.Criteria(null, null, text, 0, 20), MANAGER).content()
        .stream().map(LeadSummary::id).toList();
  }

  /**
   * The plan of the search's count with sequential scans priced out, so that the server takes an
   * index wherever one can answer, however few leads the table holds.
   */
  private String planOfCount(String text) {
    List<Object> arguments = new ArrayList<>();
    String where = LeadSearch.where(new LeadSearch.Criteria(null, null, text, 0, 20), MANAGER,
        arguments);
    return transactions.execute(status -> {
      jdbc.execute("set local enable_seqscan = off");
      List<String> lines = jdbc.query("explain select count(*) from sales_lead" + where,
          (ResultSet row, int number) -> row.getString(1), arguments.toArray());
      return String.join("\n", lines);
    });
  }

  private void insertLead(String id, String company, String contact, String email) {
    jdbc.update("insert into sales_lead (id, company_name, contact_name, contact_email, country,"
        + " created_at) values (?, ?, ?, ?, 'PL', localtimestamp)", id, company, contact, email);
  }
}
