package org.salescycle.benchmark.ours;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.salescycle.benchmark.BenchmarkLeads;
import org.salescycle.benchmark.database.JdbcTarget;
import org.salescycle.benchmark.measure.Settings;
import org.salescycle.benchmark.server.EngineRest;
import org.salescycle.benchmark.server.Http;
import org.salescycle.benchmark.server.ServerJvm;

/**
 * This application as it runs in production: its own JVM, its runtime class path, no demo
 * profile, an administrator with a chosen password. Leads come from a user in lead-sources, and
 * a rep works their tasks.
 */
public final class SalesCycleServer implements AutoCloseable {

  /** The catalogue product the benchmark's quotes are made of, and its unit price in EUR. */
  public static final String PRODUCT = "BENCH-UNIT";
  public static final int PRODUCT_PRICE = 1_000;

  private static final String ADMIN_PASSWORD = "benchmark-admin-password";
  private static final String LEAD_SOURCE = "benchmark-source";
  private static final String LEAD_SOURCE_PASSWORD = "benchmark-source-password";
  private static final String REP = "benchmark-rep";
  private static final String REP_PASSWORD = "benchmark-rep-password";

  private final ServerJvm jvm;
  private Http admin;
  private Http leadSource;
  private Http rep;

  private SalesCycleServer(ServerJvm jvm) {
    this.jvm = jvm;
  }

  /** Starts the application on the database; with {@code record} under Java Flight Recorder. */
  public static SalesCycleServer start(String name, JdbcTarget database, Settings settings,
      boolean record) {
    List<String> jvmOptions = new ArrayList<>(settings.serverJvmOptions());
    if (record) {
      // Deep stacks: Spring, Camunda and the FEEL engine nest far beyond JFR's default 64 frames.
      jvmOptions.add("-XX:FlightRecorderOptions:stackdepth=512");
      jvmOptions.add("-XX:StartFlightRecording=filename=" + recording(name)
          + ",settings=profile");
    }
    jvmOptions.addAll(ServerJvm.classPath("target/classes"));
    List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=benchmark"));
    arguments.addAll(database.springArguments());
    return new SalesCycleServer(ServerJvm.start(name, jvmOptions,
        "org.salescycle.SalesCycleApplication", arguments, Map.of(
            "SALES_CYCLE_ADMIN_PASSWORD", ADMIN_PASSWORD,
            "SALES_CYCLE_QUOTE_LINK_SECRET", "benchmark-quote-link-secret-0123456789")));
  }

  /** Where the JVM of this name writes its flight recording when it ends. */
  public static Path recording(String name) {
    return Path.of("target", "benchmark", name + ".jfr");
  }

  public ServerJvm jvm() {
    return jvm;
  }

  /**
   * Creates the lead source the leads come from and a rep who works their tasks, and puts the
   * product the benchmark's quotes are made of in the catalogue; once, before the first lead.
   */
  public void prepare() {
    admin = new Http(jvm.url(), "admin", ADMIN_PASSWORD);
    EngineRest engine = new EngineRest(admin);
    engine.createUser(LEAD_SOURCE, LEAD_SOURCE_PASSWORD, "lead-sources");
    engine.createUser(REP, REP_PASSWORD, "sales-reps");
    leadSource = new Http(jvm.url(), LEAD_SOURCE, LEAD_SOURCE_PASSWORD);
    rep = new Http(jvm.url(), REP, REP_PASSWORD);
    Http.expect(admin.put("/api/products/" + PRODUCT, Map.of("name", "Benchmark unit",
        "unitPrice", PRODUCT_PRICE, "currency", "EUR", "active", true)), 201, "Adding " + PRODUCT);
  }

  public Http rep() {
    return rep;
  }

  public Http admin() {
    return admin;
  }

  /**
   * POST /api/leads with an Idempotency-Key, as the README asks lead sources to send; answers
   * the process instance id of the new lead.
   */
  public String submit(Map<String, Object> lead) {
    return Http.expect(leadSource.post("/api/leads", lead,
            Map.of("Idempotency-Key", UUID.randomUUID().toString())), 201, "POST /api/leads")
        .get("processInstanceId").asText();
  }

  /** POST /api/leads/import of the leads as one CSV file; every row must become a lead. */
  public void importCsv(List<Map<String, Object>> leads) {
    byte[] csv = BenchmarkLeads.csv(leads).getBytes(StandardCharsets.UTF_8);
    var report = Http.expect(leadSource.upload("/api/leads/import", Map.of(), "file",
        "leads.csv", csv), 200, "POST /api/leads/import");
    if (report.get("created").asInt() != leads.size()) {
      throw new IllegalStateException("The import created " + report.get("created") + " of "
          + leads.size() + " leads: " + report);
    }
  }

  @Override
  public void close() {
    jvm.close();
  }
}
