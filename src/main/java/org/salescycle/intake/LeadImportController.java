package org.salescycle.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.salescycle.api.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/leads/import}: many leads at once from a CSV file (multipart part "file"). */
@RestController
@RequestMapping("/api/leads")
@Tag(name = "Leads")
class LeadImportController {

  private final LeadImport leadImport;
  private final IdentityService identity;
  private final AcknowledgedWrites acknowledgedWrites;

  LeadImportController(LeadImport leadImport, IdentityService identity,
      AcknowledgedWrites acknowledgedWrites) {
    this.leadImport = leadImport;
    this.identity = identity;
    this.acknowledgedWrites = acknowledgedWrites;
  }

  @Operation(summary = "Import leads from a CSV file (UTF-8, header row, comma-separated)",
      description = "Columns as the fields of POST /api/leads: companyName, contactName, "
          + "contactEmail, phone, country, source, annualRevenue, employees, yearsInBusiness, "
          + "estimatedDealValue, needLevel, budgetConfirmed, decisionMaker, plannedPurchase "
          + "(YYYY-MM) or purchaseTimelineMonths (contactName, phone and source may be left "
          + "out; each row needs plannedPurchase or purchaseTimelineMonths). Every row "
          + "is reported with its line: created, duplicate of an open lead, or invalid with "
          + "the fields at fault.")
  @ApiResponse(responseCode = "200", description = "The per-row report")
  @ApiResponse(responseCode = "400", description = "Not a readable CSV file, or a bad header")
  @ApiResponse(responseCode = "413", description = "Larger than the upload limit")
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportReport importCsv(@RequestPart("file") MultipartFile file) throws IOException {
    try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      ImportReport report = leadImport.importCsv(csv, Caller.current(identity));
      acknowledgedWrites.makeDurable();
      return report;
    }
  }
}
