package org.salescycle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.salescycle.web.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.lead.LeadConflictException;
import org.salescycle.lead.LeadNotFoundException;
import org.salescycle.shared.Caller;
import org.salescycle.web.ControllerSlice;
import org.salescycle.web.SliceRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code POST /api/leads/{id}/events/...} in the web layer: the optional reason, refused bodies,
 * and the events' refusals as 404 and 409 problems. What each event does to a lead, and who may
 * send it, is tested over HTTP by {@code LeadApiTest}.
 */
@ControllerSlice(LeadEventsController.class)
class LeadEventsControllerTest {

  private static final Caller RITA = new Caller("rita", Set.of("sales-reps"));

  @MockitoBean LeadEvents events;
  @MockitoBean IdentityService identity;

  @Autowired MockMvc mvc;
  SliceRequests http;

  @BeforeEach
  void rita() {
    http = new SliceRequests(mvc);
    SliceRequests.signedIn(identity, "rita", "sales-reps");
  }

  @Test
  void aWithdrawalTakesItsReasonOrNoBodyAtAll() {
    when(events.withdraw(any(), any(), any()))
        .thenReturn(new EventOutcome("lead-1", "withdrawn", "LOST", false));

    ResponseEntity<JsonNode> withReason = http.post("/api/leads/lead-1/events/withdrawn",
        Map.of("reason", "Chose a competitor"));
    ResponseEntity<JsonNode> withoutBody = http.send(HttpMethod.POST,
        "/api/leads/lead-1/events/withdrawn", null, null);

    assertThat(withReason.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withReason.getBody().get("stage").asText()).isEqualTo("LOST");
    assertThat(withReason.getBody().get("open").asBoolean()).isFalse();
    assertThat(withoutBody.getStatusCode()).isEqualTo(HttpStatus.OK);
    verify(events).withdraw("lead-1", "Chose a competitor", RITA);
    verify(events).withdraw(eq("lead-1"), isNull(), eq(RITA));
  }

  @Test
  void aMalformedOrMisspeltBodyIsRefusedBeforeTheEvent() {
    ResponseEntity<JsonNode> misspelt = http.post("/api/leads/lead-1/events/urgency-raised",
        Map.of("why", "Board meeting moved up"));
    assertProblem(misspelt, HttpStatus.BAD_REQUEST);
    assertThat(misspelt.getBody().get("errors").get(0).get("field").asText()).isEqualTo("why");

    ResponseEntity<JsonNode> malformed = http.send(HttpMethod.POST,
        "/api/leads/lead-1/events/withdrawn", "{\"reason\": ", MediaType.APPLICATION_JSON);
    assertProblem(malformed, HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody().get("detail").asText()).contains("not valid JSON");

    ResponseEntity<JsonNode> mistyped = http.post("/api/leads/lead-1/events/withdrawn",
        Map.of("reason", List.of("too", "many")));
    assertProblem(mistyped, HttpStatus.BAD_REQUEST);
    assertThat(mistyped.getBody().get("errors").get(0).get("field").asText()).isEqualTo("reason");

    assertProblem(http.get("/api/leads/lead-1/events/withdrawn"),
        HttpStatus.METHOD_NOT_ALLOWED);
    assertProblem(http.post("/api/leads/lead-1/events/no-such-event", Map.of()),
        HttpStatus.NOT_FOUND);
    verifyNoInteractions(events);
  }

  @Test
  void anUnknownLeadIs404() {
    when(events.acceptQuote("lead-0", RITA)).thenThrow(new LeadNotFoundException("lead-0"));

    ResponseEntity<JsonNode> unknown = http.post("/api/leads/lead-0/events/quote-accepted", null);

    assertProblem(unknown, HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().get("detail").asText()).contains("lead-0");
  }

  @Test
  void anEventThatDoesNotFitTheLeadIs409NamingIt() {
    when(events.raiseUrgency(any(), any(), any()))
        .thenThrow(new LeadConflictException("The lead is closed", "lead-2"));

    ResponseEntity<JsonNode> closed = http.post("/api/leads/lead-2/events/urgency-raised",
        Map.of("reason", "Board meeting moved up"));

    assertProblem(closed, HttpStatus.CONFLICT);
    assertThat(closed.getBody().get("detail").asText()).isEqualTo("The lead is closed");
    assertThat(closed.getBody().get("leadId").asText()).isEqualTo("lead-2");
    assertThat(closed.getHeaders().getLocation()).isEqualTo(URI.create("/api/leads/lead-2"));
  }
}
