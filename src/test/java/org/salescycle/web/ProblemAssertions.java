package org.salescycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Checks an error answer of the API: the status, a problem+json body, no stack trace. */
public final class ProblemAssertions {

  private ProblemAssertions() {}

  public static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType())
        .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON), "problem+json");
    assertThat(response.getBody().get("status").asInt()).isEqualTo(status.value());
    assertThat(response.getBody().toString()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
