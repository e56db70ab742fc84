package org.salescycle.nurture;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.salescycle.shared.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/leads/{id}/figures}: a nurtured lead's figures as they are now. */
@RestController
@Tag(name = "Nurture")
class LeadFiguresController {

  private final LeadFiguresReceipt receipt;
  private final IdentityService identity;

  LeadFiguresController(LeadFiguresReceipt receipt, IdentityService identity) {
    this.receipt = receipt;
    this.identity = identity;
  }

  @Operation(summary = "A nurtured lead's figures as they are now: recorded in its timeline, and "
      + "the lead is assessed again")
  @ApiResponse(responseCode = "400", description = "A figure breaks the lead rules")
  @ApiResponse(responseCode = "404", description = "No such lead, or not one you may see")
  @ApiResponse(responseCode = "409",
      description = "The lead is not waiting for its figures (Update lead figures)")
  @PutMapping("/api/leads/{id}/figures")
  LeadFiguresReceipt.Outcome update(@PathVariable String id,
      @RequestBody LeadFiguresRequest request) {
    return receipt.receive(id, request, Caller.current(identity));
  }
}
