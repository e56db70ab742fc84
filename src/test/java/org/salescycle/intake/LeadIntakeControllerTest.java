package org.salescycle.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
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
import org.mockito.ArgumentCaptor;
import org.salescycle.lead.InvalidLeadException;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadConflictException;
import org.salescycle.lookup.LeadDetails;
import org.salescycle.lookup.LeadLookup;
import org.salescycle.process.Leads;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidField;
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
 * {@code POST /api/leads} in the web layer: what is refused before the lead rules run, how the
 * intake's answers and refusals become statuses and problem+json. The lead rules themselves, the
 * engine and who may call are tested over HTTP by {@code LeadApiTest}.
 */
@ControllerSlice(LeadIntakeController.class)
class LeadIntakeControllerTest {

  @MockitoBean LeadIntake intake;
  @MockitoBean LeadLookup lookup;
  @MockitoBean IdentityService identity;
  @MockitoBean AcknowledgedWrites acknowledgedWrites;

  @Autowired MockMvc mvc;
  SliceRequests http;

  @BeforeEach
  void rita() {
    http = new SliceRequests(mvc);
    SliceRequests.signedIn(identity, "rita", "sales-reps");
  }

  @Test
  void malformedOrMistypedBodiesAndWrongContentTypesGetAProblemNotAStackTrace() {
    Map<String, Object> mistyped = Leads.with(Leads.qualifiedLead(), "employees", "many");
    ResponseEntity<JsonNode> wrongType = http.post("/api/leads", mistyped);
    assertProblem(wrongType, HttpStatus.BAD_REQUEST);
    assertThat(wrongType.getBody().get("errors").get(0).get("field").asText()).isEqualTo("employees");
    assertThat(wrongType.getBody().get("errors").get(0).get("message").asText())
        .as("in words, not the JSON library's Java types").isEqualTo("must be a whole number");
    Map<String, Object> textFlag = Leads.with(Leads.qualifiedLead(), "budgetConfirmed", "perhaps");
    assertThat(http.post("/api/leads", textFlag).getBody().get("errors").get(0).get("message")
        .asText()).isEqualTo("must be true or false");

    Map<String, Object> fraction = Leads.with(Leads.qualifiedLead(), "employees", 12.5);
    assertThat(http.post("/api/leads", fraction).getBody().get("errors").get(0)
        .get("field").asText()).isEqualTo("employees");

    Map<String, Object> misspelt = Leads.qualifiedLead();
    misspelt.put("contactMail", misspelt.remove("contactEmail"));
    ResponseEntity<JsonNode> unknown = http.post("/api/leads", misspelt);
    assertProblem(unknown, HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().get("errors").get(0).get("field").asText()).isEqualTo("contactMail");

    ResponseEntity<JsonNode> malformed = http.send(HttpMethod.POST, "/api/leads",
        "{\"companyName\": ", MediaType.APPLICATION_JSON);
    assertProblem(malformed, HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody().get("detail").asText()).contains("not valid JSON").contains("line 1");

    assertProblem(http.send(HttpMethod.POST, "/api/leads", "companyName=Acme",
        MediaType.APPLICATION_FORM_URLENCODED), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertProblem(http.send(HttpMethod.POST, "/api/leads", null, MediaType.APPLICATION_JSON),
        HttpStatus.BAD_REQUEST);
    assertProblem(http.get("/api/no-such-thing"), HttpStatus.NOT_FOUND);
    assertProblem(http.send(HttpMethod.DELETE, "/api/leads", null, null),
        HttpStatus.METHOD_NOT_ALLOWED);
    verifyNoInteractions(intake);
  }

  @Test
  void anIdempotencyKeyThatIsBlankOrTooLongIsRefusedNamingTheHeader() {
    for (String key : List.of(" ", "k".repeat(256))) {
      ResponseEntity<JsonNode> refused = http.post("/api/leads", Leads.qualifiedLead(), key);

      assertProblem(refused, HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().get("errors").get(0).get("field").asText())
          .isEqualTo("Idempotency-Key");
      assertThat(refused.getBody().get("errors").get(0).get("message").asText())
          .isEqualTo("must be 1 to 255 characters");
    }
    verifyNoInteractions(intake);
  }

  @Test
  void aLeadTheRulesRefuseIsA400NamingEachField() {
    when(intake.submit(anyMap(), any(), any())).thenThrow(new InvalidLeadException(List.of(
        new InvalidField("contactEmail", "must be an e-mail address"),
        new InvalidField("country", "must be the ISO code of a country we serve"))));

    ResponseEntity<JsonNode> refused = http.post("/api/leads", Leads.qualifiedLead());

    assertProblem(refused, HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("title").asText()).isEqualTo("Invalid request");
    assertThat(refused.getBody().get("detail").asText()).isEqualTo("The lead is invalid");
    assertThat(refused.getBody().get("errors").findValuesAsText("field"))
        .containsExactly("contactEmail", "country");
    assertThat(refused.getBody().get("errors").findValuesAsText("message"))
        .containsExactly("must be an e-mail address", "must be the ISO code of a country we serve");
  }

  @Test
  void aConflictNamesTheLeadItIsAboutInTheBodyAndTheLocation() {
    when(intake.submit(anyMap(), any(), any())).thenThrow(
        new LeadConflictException("An open lead has this e-mail address", "lead-7"));

    ResponseEntity<JsonNode> conflict = http.post("/api/leads", Leads.qualifiedLead(), "form-1");

    assertProblem(conflict, HttpStatus.CONFLICT);
    assertThat(conflict.getBody().get("detail").asText())
        .isEqualTo("An open lead has this e-mail address");
    assertThat(conflict.getBody().get("leadId").asText()).isEqualTo("lead-7");
    assertThat(conflict.getHeaders().getLocation()).isEqualTo(URI.create("/api/leads/lead-7"));
  }

  @Test
  void anUnexpectedFailureIsA500WithALogReferenceAndNoStackTrace() {
    when(intake.submit(anyMap(), any(), any()))
        .thenThrow(new IllegalStateException("connection pool exhausted"));

    ResponseEntity<JsonNode> failed = http.post("/api/leads", Leads.qualifiedLead());

    assertProblem(failed, HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(failed.getBody().get("detail").asText())
        .startsWith("Unexpected error; the server log has the details under reference ")
        .doesNotContain("connection pool");
  }

  @Test
  void aNewLeadIs201WithItsLocationAndARepeatIs200AfterTheWriteIsDurable() {
    Map<String, Object> body = Leads.qualifiedLead();
    Lead lead = mock(Lead.class);
    when(lookup.details(lead)).thenReturn(details("lead-42"));
    ArgumentCaptor<Map<String, Object>> fields = fieldsCaptor();
    when(intake.submit(fields.capture(), eq(new Caller("rita", Set.of("sales-reps"))),
        eq("form-42")))
        .thenReturn(new LeadIntake.Outcome(lead, true), new LeadIntake.Outcome(lead, false));

    ResponseEntity<JsonNode> created = http.post("/api/leads", body, "form-42");
    ResponseEntity<JsonNode> repeat = http.post("/api/leads", body, "form-42");

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(created.getHeaders().getLocation()).isEqualTo(URI.create("/api/leads/lead-42"));
    assertThat(repeat.getBody().get("id").asText()).isEqualTo("lead-42");
    assertThat(fields.getAllValues()).as("the body's fields by the rules' names")
        .containsExactly(body, body);
    verify(acknowledgedWrites, times(2)).makeDurable();
  }

  @SuppressWarnings("unchecked")
  private static ArgumentCaptor<Map<String, Object>> fieldsCaptor() {
    return ArgumentCaptor.forClass(Map.class);
  }

  private static LeadDetails details(String id) {
    return new LeadDetails(id, "L-2026-00042", "Acme", null, null, null, "PL", null, "OPEN",
        "QUALIFYING", null, null, false, null, "rita", null, "instance-1", List.of(), List.of());
  }
}
