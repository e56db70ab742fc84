package org.salescycle.ownership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.salescycle.shared.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/leads/{id}/owner}: who owns a lead, and a manager handing it to another rep. */
@RestController
@RequestMapping("/api/leads/{id}/owner")
@Tag(name = "Lead owner")
class LeadOwnerController {

  private final LeadReassignment reassignment;
  private final IdentityService identity;

  LeadOwnerController(LeadReassignment reassignment, IdentityService identity) {
    this.reassignment = reassignment;
    this.identity = identity;
  }

  @Operation(summary = "The lead's owner and the sales reps it may be handed to",
      description = "Sales managers and administrators only.")
  @ApiResponse(responseCode = "200", description = "The owner (null: nobody yet) and the reps")
  @ApiResponse(responseCode = "403", description = "Not a sales manager or administrator")
  @ApiResponse(responseCode = "404", description = "No such lead")
  @GetMapping
  LeadOwner owner(@PathVariable String id) {
    return reassignment.owner(id, Caller.current(identity));
  }

  @Operation(summary = "Reassign the lead: its owner and all its open steps for the reps at once",
      description = "Sales managers and administrators only. The lead's next steps for the reps "
          + "open assigned to the new owner; the lead's timeline records the change (type OWNER: "
          + "at, by, from, to).")
  @ApiResponse(responseCode = "200",
      description = "Reassigned: the previous and new owner, and the steps now the new owner's")
  @ApiResponse(responseCode = "400",
      description = "No owner given, no such user, or the user is not a sales rep (field owner)")
  @ApiResponse(responseCode = "403", description = "Not a sales manager or administrator")
  @ApiResponse(responseCode = "404", description = "No such lead")
  @ApiResponse(responseCode = "409", description = "The lead is closed")
  @PutMapping
  Reassignment reassign(@PathVariable String id, @RequestBody OwnerRequest request) {
    return reassignment.reassign(id, request, Caller.current(identity));
  }
}
