package org.salescycle.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.salescycle.lookup.LeadDetails;
import org.salescycle.lookup.LeadLookup;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidField;
import org.salescycle.shared.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/leads}: a new lead, and its sales cycle started. */
@RestController
@RequestMapping("/api/leads")
@Tag(name = "Leads")
class LeadIntakeController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final int KEY_LENGTH = 255;

  private final LeadIntake intake;
  private final LeadLookup lookup;
  private final IdentityService identity;
  private final AcknowledgedWrites acknowledgedWrites;

  LeadIntakeController(LeadIntake intake, LeadLookup lookup, IdentityService identity,
      AcknowledgedWrites acknowledgedWrites) {
    this.intake = intake;
    this.lookup = lookup;
    this.identity = identity;
    this.acknowledgedWrites = acknowledgedWrites;
  }

  @Operation(summary = "Create a lead and start its sales cycle",
      description = "The lead id becomes the process instance's business key. Send an "
          + "Idempotency-Key to make retries safe: a repeat with the same key and body answers 200 "
          + "with the lead created first.")
  @ApiResponse(responseCode = "201", description = "Created; Location names the lead")
  @ApiResponse(responseCode = "200", description = "Repeat of an earlier request with this key")
  @ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors[]")
  @ApiResponse(responseCode = "409", description = "An open lead has this e-mail, or the key was "
      + "used for a different lead; 'leadId' names that lead")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<LeadDetails> create(@RequestBody NewLeadRequest request,
      @Parameter(description = "Any unique string per lead, e.g. a UUID or the sender's own id")
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > KEY_LENGTH)) {
      throw new InvalidRequestException("The Idempotency-Key header is invalid", List.of(
          new InvalidField(IDEMPOTENCY_KEY, "must be 1 to " + KEY_LENGTH + " characters")));
    }
    LeadIntake.Outcome outcome =
        intake.submit(request.fields(), Caller.current(identity), idempotencyKey);
    acknowledgedWrites.makeDurable();
    LeadDetails details = lookup.details(outcome.lead());
    return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/leads/" + details.id()))
        .body(details);
  }
}
