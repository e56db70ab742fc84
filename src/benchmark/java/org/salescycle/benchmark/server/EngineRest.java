package org.salescycle.benchmark.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Setting up an engine over its REST API as an administrator: users, groups, grants, models. */
public final class EngineRest {

  /** Resource types of the engine's authorizations (org.camunda.bpm.engine.authorization.Resources). */
  public static final int PROCESS_DEFINITION = 6;
  public static final int PROCESS_INSTANCE = 8;
  public static final int TASK = 7;

  private final Http admin;

  public EngineRest(Http admin) {
    this.admin = admin;
  }

  public void createUser(String id, String password, String group) {
    Http.expect(admin.post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", id, "firstName", "Benchmark", "lastName", id,
            "email", id + "@benchmark.example"),
        "credentials", Map.of("password", password)), Map.of()), 204, "Creating user " + id);
    Http.expect(admin.put("/engine-rest/group/" + group + "/members/" + id, Map.of()), 204,
        "Adding " + id + " to " + group);
  }

  public void createGroup(String id) {
    Http.expect(admin.post("/engine-rest/group/create",
        Map.of("id", id, "name", id, "type", "WORKFLOW"), Map.of()), 204, "Creating group " + id);
  }

  /** Allows the group these permissions on every resource of the type. */
  public void grant(String group, int resourceType, List<String> permissions) {
    Http.expect(admin.post("/engine-rest/authorization/create", Map.of(
        "type", 1, "groupId", group, "resourceType", resourceType, "resourceId", "*",
        "permissions", permissions), Map.of()), 200, "Granting " + permissions + " to " + group);
  }

  public void deploy(String name, String fileName, String model) {
    Http.expect(admin.upload("/engine-rest/deployment/create", Map.of("deployment-name", name),
        "data", fileName, model.getBytes(StandardCharsets.UTF_8)), 200, "Deploying " + fileName);
  }
}
