package org.salescycle.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Request bodies checked against the OpenAPI description the application serves: the operation
 * is found by method and path, its JSON request body schema validated with the schemas of the
 * description's components. OpenAPI 3.0's schema object is draft 4 with a few extra keywords,
 * so draft 4 validates it.
 */
final class OpenApiBodies {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

  private final JsonNode description;

  OpenApiBodies(String description) throws Exception {
    this.description = JSON.readTree(description);
  }

  /** The operation's path template for this path, if the description has one. */
  Optional<String> template(String path) {
    Iterator<String> templates = description.get("paths").fieldNames();
    return StreamSupport.stream(((Iterable<String>) () -> templates).spliterator(), false)
        .filter(template -> path.matches(template.replaceAll("\\{[^}]+}", "[^/]+")))
        .min(Comparator.comparingInt(template -> template.split("\\{").length));
  }

  /** The body's errors against the operation's schema; empty when it is valid. */
  List<String> errors(String method, String template, String body) throws Exception {
    JsonNode operation = description.get("paths").get(template).get(method.toLowerCase());
    if (operation == null) {
      return List.of("the OpenAPI description has no " + method + " " + template);
    }
    JsonNode content = operation.path("requestBody").path("content");
    JsonNode media = content.has("application/json") ? content.get("application/json")
        : content.elements().hasNext() ? content.elements().next() : null;
    if (media == null || !media.has("schema")) {
      return List.of(method + " " + template + " takes no JSON body in the OpenAPI description");
    }
    ObjectNode document = ((ObjectNode) media.get("schema")).deepCopy();
    document.set("components", description.get("components"));
    Schema schema = SCHEMAS.getSchema(document);
    return schema.validate(JSON.readTree(body)).stream().map(Error::toString).toList();
  }
}
