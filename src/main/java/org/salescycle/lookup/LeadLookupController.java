package org.salescycle.lookup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidField;
import org.salescycle.shared.InvalidRequestException;
import org.salescycle.stage.Stage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/leads} and {@code GET /api/leads/{id}}: finding leads and where they stand. */
@RestController
@RequestMapping("/api/leads")
@Tag(name = "Leads")
class LeadLookupController {

  private static final int MAX_PAGE_SIZE = 200;

  private final LeadSearch search;
  private final LeadLookup lookup;
  private final IdentityService identity;

  LeadLookupController(LeadSearch search, LeadLookup lookup, IdentityService identity) {
    this.search = search;
    this.lookup = lookup;
    this.identity = identity;
  }

  @Operation(summary = "Search the leads you may see, newest first",
      description = "Managers and administrators see every lead, reps their own and unowned "
          + "ones, lead sources the leads they sent.")
  @ApiResponse(responseCode = "400", description = "An invalid parameter, named in errors[]")
  @GetMapping
  LeadPage search(
      @Parameter(description = "Current stage, e.g. QUALIFYING") @RequestParam(required = false)
      String stage,
      @Parameter(description = "User id of the owning rep") @RequestParam(required = false)
      String owner,
      @Parameter(description = "Text in the company name, contact name or e-mail")
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    List<InvalidField> errors = new ArrayList<>();
    if (stage != null && Arrays.stream(Stage.values()).noneMatch(s -> s.name().equals(stage))) {
      errors.add(new InvalidField("stage", "must be one of " + Arrays.toString(Stage.values())));
    }
    if (page < 0) {
      errors.add(new InvalidField("page", "must be 0 or more"));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      errors.add(new InvalidField("size", "must be between 1 and " + MAX_PAGE_SIZE));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("Invalid search", errors);
    }
    return search.find(new LeadSearch.Criteria(stage, owner, q, page, size),
        Caller.current(identity));
  }

  @Operation(summary = "A lead: its data, current stage, open tasks and stage timeline")
  @ApiResponse(responseCode = "404", description = "No such lead, or not one you may see")
  @GetMapping("/{id}")
  LeadDetails lead(@PathVariable String id) {
    return lookup.details(id, Caller.current(identity));
  }
}
