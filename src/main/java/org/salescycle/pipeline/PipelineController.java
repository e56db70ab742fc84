package org.salescycle.pipeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidField;
import org.salescycle.shared.InvalidRequestException;
import org.salescycle.shared.NotAllowedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code GET /api/pipeline} and its CSV export: the sales view, for managers and administrators. */
@RestController
@RequestMapping("/api/pipeline")
@Tag(name = "Pipeline")
class PipelineController {

  static final Duration DEFAULT_PERIOD = Duration.ofDays(90);

  private final PipelineReporter reporter;
  private final PipelineCsv csv;
  private final IdentityService identity;

  PipelineController(PipelineReporter reporter, PipelineCsv csv, IdentityService identity) {
    this.reporter = reporter;
    this.csv = csv;
    this.identity = identity;
  }

  @Operation(summary = "The pipeline: open leads per stage with value, weighted value and age; "
      + "conversions, wins, losses and cycle length in the period; stalled prospects; per rep")
  @ApiResponse(responseCode = "400", description = "A date that is not yyyy-MM-dd, or to before from")
  @ApiResponse(responseCode = "403", description = "Not a manager or administrator")
  @GetMapping
  PipelineReport report(
      @Parameter(description = "First day of the period (yyyy-MM-dd, UTC); default 90 days ago")
      @RequestParam(required = false) String from,
      @Parameter(description = "Last day of the period, included; default today")
      @RequestParam(required = false) String to,
      HttpServletRequest request) {
    requireManager();
    Instant asOf = ClockUtil.getCurrentTime().toInstant();
    Instant end = to == null ? asOf : startOfDay("to", to).plus(Duration.ofDays(1));
    Instant start = from == null ? end.minus(DEFAULT_PERIOD) : startOfDay("from", from);
    if (!start.isBefore(end)) {
      throw new InvalidRequestException("Invalid period",
          List.of(new InvalidField("to", "must not be before from")));
    }
    String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    return reporter.report(start, end, asOf, base);
  }

  @Operation(summary = "Every open lead with stage, owner, value, probability and age, as CSV "
      + "for Excel: UTF-8 with BOM, comma or semicolon by the separator parameter or the first "
      + "language of Accept-Language (semicolon and decimal comma where the decimal mark is a "
      + "comma, e.g. pl), text that could run as a formula prefixed with an apostrophe")
  @ApiResponse(responseCode = "400", description = "A separator other than ',' or ';'")
  @ApiResponse(responseCode = "403", description = "Not a manager or administrator")
  @GetMapping(path = "/leads.csv", produces = "text/csv")
  ResponseEntity<byte[]> export(
      @Parameter(description = "',' or ';' (also comma, semicolon); default: by Accept-Language")
      @RequestParam(required = false) String separator,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
    requireManager();
    SpreadsheetCsv flavour = SpreadsheetCsv.of(separator, language);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pipeline.csv\"")
        .body(csv.openLeads(ClockUtil.getCurrentTime().toInstant(), flavour));
  }

  private void requireManager() {
    if (!Caller.current(identity).seesAllLeads()) {
      throw new NotAllowedException("The pipeline is for sales managers and administrators");
    }
  }

  private static Instant startOfDay(String field, String date) {
    try {
      return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidRequestException("Invalid period",
          List.of(new InvalidField(field, "must be a date like 2026-11-30")));
    }
  }
}
