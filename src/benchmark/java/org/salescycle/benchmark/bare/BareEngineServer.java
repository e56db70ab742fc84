package org.salescycle.benchmark.bare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.salescycle.benchmark.database.JdbcTarget;
import org.salescycle.benchmark.measure.Settings;
import org.salescycle.benchmark.server.EngineRest;
import org.salescycle.benchmark.server.Http;
import org.salescycle.benchmark.server.RestVariables;
import org.salescycle.benchmark.server.ServerJvm;

/** The bare engine ({@link BareEngineApplication}) in its own JVM, and its REST API. */
public final class BareEngineServer implements AutoCloseable {

  private static final String ADMIN_PASSWORD = "benchmark-admin-password";
  // The engine's default id pattern: letters and digits only.
  private static final String CLIENT = "benchmarkclient";
  private static final String CLIENT_PASSWORD = "benchmark-client-password";

  private final ServerJvm jvm;
  private Http client;
  private Http admin;

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
   * Deploys the sales cycle's shape and creates a client user in the group of its tasks, allowed
   * to start it as this application's lead sources and reps are (the engine grants the group its
   * candidate tasks).
   */
  public void prepare() {
    admin = new Http(jvm.url(), "admin", ADMIN_PASSWORD);
    EngineRest engine = new EngineRest(admin);
    engine.deploy("sales-cycle-shape", "sales-cycle-shape.bpmn", SalesCycleShape.xml());
    engine.createGroup(SalesCycleShape.REPS);
    engine.createUser(CLIENT, CLIENT_PASSWORD, SalesCycleShape.REPS);
    engine.grant(SalesCycleShape.REPS, EngineRest.PROCESS_DEFINITION,
        List.of("READ", "CREATE_INSTANCE"));
    engine.grant(SalesCycleShape.REPS, EngineRest.PROCESS_INSTANCE, List.of("CREATE"));
    client = new Http(jvm.url(), CLIENT, CLIENT_PASSWORD);
  }

  /** The client: starts instances and works their tasks. */
  public Http client() {
    return client;
  }

  public Http admin() {
    return admin;
  }

  /**
   * POST /engine-rest/process-definition/key/{key}/start with the lead as variables; answers
   * the process instance id.
   */
  public String start(String businessKey, Map<String, Object> lead) {
    return Http.expect(client.post("/engine-rest/process-definition/key/" + SalesCycleShape.KEY
        + "/start", Map.of("businessKey", businessKey, "variables", RestVariables.of(lead)),
        Map.of()), 200, "Starting " + SalesCycleShape.KEY).get("id").asText();
  }

  @Override
  public void close() {
    jvm.close();
  }
}
