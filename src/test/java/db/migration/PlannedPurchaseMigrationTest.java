package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V12 on a database the engine has run on: a lead stored before gets its planned purchase from
 * its intake date and the months its instance (or, ended, its history) kept.
 */
class PlannedPurchaseMigrationTest {

  @Test
  void existingLeadsGetTheirIntakeMonthPlusTheirMonths() {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:v12-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    database.setUser("sa");
    JdbcTemplate jdbc = new JdbcTemplate(database);
    flyway(database, "11").migrate();
    // the engine's variable tables, as far as the migration reads them
    jdbc.execute("create table act_ru_variable (id_ varchar(64), proc_inst_id_ varchar(64), "
        + "name_ varchar(255), long_ bigint)");
    jdbc.execute("create table act_hi_varinst (id_ varchar(64), proc_inst_id_ varchar(64), "
        + "name_ varchar(255), long_ bigint)");
    lead(jdbc, "open", "pi-open", "2026-03-20 10:00:00");
    lead(jdbc, "ended", "pi-ended", "2025-11-02 08:00:00");
    lead(jdbc, "unknown", "pi-unknown", "2026-01-01 08:00:00");
    jdbc.update("insert into act_ru_variable values ('1', 'pi-open', 'purchaseTimelineMonths', 18)");
    jdbc.update("insert into act_hi_varinst values ('2', 'pi-open', 'purchaseTimelineMonths', 18)");
    jdbc.update("insert into act_hi_varinst values ('3', 'pi-ended', 'purchaseTimelineMonths', 3)");

    flyway(database, "12").migrate();

    assertThat(planned(jdbc, "open")).isEqualTo("2027-09");
    assertThat(planned(jdbc, "ended")).isEqualTo("2026-02");
    assertThat(planned(jdbc, "unknown")).isNull();
    assertThat(jdbc.queryForObject("select count(*) from lead_correction", Integer.class)).isZero();
  }

  private static Flyway flyway(JdbcDataSource database, String target) {
    return Flyway.configure().dataSource(database).locations("classpath:db/migration")
        .table("sales_cycle_schema_history").target(target).load();
  }

  private static void lead(JdbcTemplate jdbc, String id, String instance, String createdAt) {
    jdbc.update("""
        insert into sales_lead (id, company_name, contact_email, country, process_instance_id,
          created_at) values (?, 'Acme', ?, 'PL', ?, timestamp '%s')""".formatted(createdAt),
        id, id + "@acme.pl", instance);
  }

  private static String planned(JdbcTemplate jdbc, String id) {
    return jdbc.queryForObject("select planned_purchase from sales_lead where id = ?",
        String.class, id);
  }
}
