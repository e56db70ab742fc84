package org.salescycle.correction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.salescycle.lead.LeadCorrections;
import org.salescycle.shared.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/leads/{id}/corrections}: correcting a lead's facts, and who corrected what. */
@RestController
@RequestMapping("/api/leads/{id}/corrections")
@Tag(name = "Lead corrections")
class LeadCorrectionController {

  private final LeadDataCorrection correction;
  private final IdentityService identity;

  LeadCorrectionController(LeadDataCorrection correction, IdentityService identity) {
    this.correction = correction;
    this.identity = identity;
  }

  @Operation(summary = "Correct the lead's figures or answers, with a reason: recorded, and the "
      + "lead is assessed again")
  @ApiResponse(responseCode = "400", description = "A field breaks the lead rules, or no reason")
  @ApiResponse(responseCode = "404", description = "No such lead, or not one you may see")
  @ApiResponse(responseCode = "409", description = "The lead is not waiting at Qualify lead")
  @PostMapping
  LeadDataCorrection.Outcome correct(@PathVariable String id,
      @RequestBody LeadCorrectionRequest request) {
    return correction.correct(id, request, Caller.current(identity));
  }

  @Operation(summary = "The lead's corrections, oldest first")
  @ApiResponse(responseCode = "404", description = "No such lead, or not one you may see")
  @GetMapping
  List<LeadCorrections.Correction> corrections(@PathVariable String id) {
    return correction.history(id, Caller.current(identity));
  }
}
