package org.salescycle.benchmark.bare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salescycle.benchmark.database.JdbcTarget;
import org.salescycle.benchmark.measure.Settings;
import org.salescycle.benchmark.server.EngineRest;
import org.salescycle.benchmark.server.Http;
import org.salescycle.benchmark.server.ServerJvm;

/** The bare engine ({@link BareEngineApplication}) in its own JVM, and its REST API. */
public final class BareEngineServer implements AutoCloseable {

  private static final String ADMIN_PASSWORD = "benchmark-admin-password";
  // The engine's default id pattern: letters and digits only.
  private static final String GROUP = "benchmarkclients";
  private static final String CLIENT = "benchmarkclient";
  private static final String CLIENT_PASSWORD = "benchmark-client-password";

  private final ServerJvm jvm;
  private Http client;

  private BareEngineServer(ServerJvm jvm) {
    this.jvm = jvm;
  }

  public static BareEngineServer start(String name, JdbcTarget database, Settings settings) {
    List<String> jvmOptions = new ArrayList<>(settings.serverJvmOptions());
    // The test classes, not target/classes: the application's models and beans stay out.
    jvmOptions.addAll(ServerJvm.classPath("target/test-classes"));
    List<String> arguments = new ArrayList<>(database.springArguments());
    arguments.add("--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD);
    return new BareEngineServer(ServerJvm.start(name, jvmOptions,
        BareEngineApplication.class.getName(), arguments, Map.of()));
  }

  public ServerJvm jvm() {
    return jvm;
  }

  /**
   * Deploys the sales cycle's shape and creates a client user allowed to start it and work its
   * tasks, as the lead sources and reps of this application are.
   */
  public void prepare() {
    EngineRest admin = new EngineRest(new Http(jvm.url(), "admin", ADMIN_PASSWORD));
    admin.deploy("sales-cycle-shape", "sales-cycle-shape.bpmn", SalesCycleShape.xml());
    admin.createGroup(GROUP);
    admin.createUser(CLIENT, CLIENT_PASSWORD, GROUP);
    admin.grant(GROUP, EngineRest.PROCESS_DEFINITION, List.of("READ", "CREATE_INSTANCE",
        "READ_INSTANCE", "READ_TASK", "UPDATE_TASK"));
    admin.grant(GROUP, EngineRest.PROCESS_INSTANCE, List.of("CREATE", "READ", "UPDATE"));
    client = new Http(jvm.url(), CLIENT, CLIENT_PASSWORD);
  }

  public Http client() {
    return client;
  }

  /** POST /engine-rest/process-definition/key/{key}/start with the lead as variables. */
  public void start(String businessKey, Map<String, Object> lead) {
    Http.expect(client.post("/engine-rest/process-definition/key/" + SalesCycleShape.KEY
        + "/start", Map.of("businessKey", businessKey, "variables", variables(lead)), Map.of()),
        200, "Starting " + SalesCycleShape.KEY);
  }

  /** Variables as the engine REST API takes them: {name: {"value": value}}. */
  public static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  @Override
  public void close() {
    jvm.close();
  }
}
