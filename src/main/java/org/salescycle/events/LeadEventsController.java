package org.salescycle.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.salescycle.shared.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/leads/{id}/events/...}: events from people and systems outside the process. */
@RestController
@RequestMapping("/api/leads/{id}/events")
@Tag(name = "Lead events")
class LeadEventsController {

  private final LeadEvents events;
  private final IdentityService identity;

  LeadEventsController(LeadEvents events, IdentityService identity) {
    this.events = events;
    this.identity = identity;
  }

  @Operation(summary = "The prospect withdrew: the lead ends as lost, from whatever step")
  @ApiResponse(responseCode = "404", description = "No such lead, or not one you may see")
  @ApiResponse(responseCode = "409", description = "The lead is closed already")
  @PostMapping("/withdrawn")
  EventOutcome withdrawn(@PathVariable String id,
      @RequestBody(required = false) EventRequest request) {
    return events.withdraw(id, EventRequest.reasonOf(request), Caller.current(identity));
  }

  @Operation(summary = "The customer accepted the quote (e.g. reported by an e-signature tool)")
  @ApiResponse(responseCode = "404", description = "No such lead, or not one you may see")
  @ApiResponse(responseCode = "409", description = "No sent quote is waiting for a decision")
  @PostMapping("/quote-accepted")
  EventOutcome quoteAccepted(@PathVariable String id) {
    return events.acceptQuote(id, Caller.current(identity));
  }

  @Operation(summary = "Raise urgency: the lead's tasks get a higher priority and an earlier due "
      + "date, now and for the rest of its cycle")
  @ApiResponse(responseCode = "404", description = "No such lead, or not one you may see")
  @ApiResponse(responseCode = "409", description = "The lead is closed")
  @PostMapping("/urgency-raised")
  EventOutcome urgencyRaised(@PathVariable String id,
      @RequestBody(required = false) EventRequest request) {
    return events.raiseUrgency(id, EventRequest.reasonOf(request), Caller.current(identity));
  }
}
