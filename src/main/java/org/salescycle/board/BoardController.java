package org.salescycle.board;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidField;
import org.salescycle.shared.InvalidRequestException;
import org.salescycle.shared.NotAllowedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/board}: a rep's own pipeline. A rep sees only her own board; managers and
 * administrators choose the rep whose board they see.
 */
@RestController
@RequestMapping("/api/board")
@Tag(name = "Pipeline")
class BoardController {

  private final RepBoard board;
  private final IdentityService identity;

  BoardController(RepBoard board, IdentityService identity) {
    this.board = board;
    this.identity = identity;
  }

  @Operation(summary = "A rep's open leads by stage: company, deal value, days in stage, urgency "
      + "and the lead's open task that is the rep's",
      description = "A rep gets her own board; asking for another rep's answers 403. Managers and "
          + "administrators name the rep (without one they get their own) and get the list of "
          + "reps to choose from. Also readable with the login of Tasklist or Cockpit.")
  @ApiResponse(responseCode = "400", description = "rep names no user")
  @ApiResponse(responseCode = "403", description = "A rep asking for another rep's board, or "
      + "a lead source")
  @GetMapping
  Board board(
      @Parameter(description = "User id of the rep; default: yourself")
      @RequestParam(required = false) String rep) {
    Caller caller = Caller.current(identity);
    String repId = rep == null || rep.isBlank() ? caller.userId() : rep.trim();
    if (!caller.seesAllLeads()) {
      if (!caller.isRep()) {
        throw new NotAllowedException("The board is for sales reps and their managers");
      }
      if (!repId.equals(caller.userId())) {
        throw new NotAllowedException("A rep sees only her own board");
      }
    }
    User user = board.user(repId).orElseThrow(() -> new InvalidRequestException("Unknown rep",
        List.of(new InvalidField("rep", "no user '" + repId + "'"))));
    return board.of(user, ClockUtil.getCurrentTime().toInstant(),
        caller.seesAllLeads() ? board.reps() : List.of());
  }
}
