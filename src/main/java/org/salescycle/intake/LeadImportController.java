package org.salescycle.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidField;
import org.salescycle.shared.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

  @Operation(summary = "Import leads from a CSV file as Excel saves it (header row; comma or "
      + "semicolon; UTF-8 with or without BOM, or a declared encoding such as windows-1250)",
      description = "Columns as the fields of POST /api/leads: companyName, contactName, "
          + "contactEmail, phone, country, source, annualRevenue, employees, yearsInBusiness, "
          + "estimatedDealValue, needLevel, budgetConfirmed, decisionMaker, plannedPurchase "
          + "(YYYY-MM) or purchaseTimelineMonths (contactName, phone and source may be left "
          + "out; each row needs plannedPurchase or purchaseTimelineMonths). Numbers with a "
          + "decimal point or comma; budgetConfirmed and decisionMaker as true/false, yes/no or "
          + "TAK/NIE. The report counts "
          + "the rows per outcome and lists the first 100 that need attention (duplicates of "
          + "open leads, invalid rows with the fields at fault, failures) with their lines.")
  @ApiResponse(responseCode = "200", description = "The report")
  @ApiResponse(responseCode = "400", description = "Not a readable CSV file, a bad header, "
      + "bytes that are not of the file's encoding, or a bad separator or charset")
  @ApiResponse(responseCode = "413", description = "Larger than the upload limit, or more rows "
      + "than sales-cycle.import.max-rows")
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportReport importCsv(@RequestPart("file") MultipartFile file,
      @Parameter(description = "The character between values: ',' or ';' (also 'comma', "
          + "'semicolon'); default: the one the header row holds more of")
      @RequestParam(required = false) String separator,
      @Parameter(description = "The file's encoding, e.g. windows-1250; default: the charset "
          + "of the file part's Content-Type, else UTF-8")
      @RequestParam(required = false) String charset) {
    ImportReport report = leadImport.importCsv(file, charsetOf(charset, file.getContentType()),
        separatorOf(separator), Caller.current(identity));
    acknowledgedWrites.makeDurable();
    return report;
  }

  private static Character separatorOf(String separator) {
    if (separator == null || separator.isEmpty()) {
      return null;
    }
    return switch (separator.trim().toLowerCase(Locale.ROOT)) {
      case ",", "comma" -> ',';
      case ";", "semicolon" -> ';';
      default -> throw new InvalidRequestException("Invalid separator", List.of(new InvalidField(
          "separator", "must be ',' or ';' (comma or semicolon)")));
    };
  }

  private static Charset charsetOf(String charset, String partContentType) {
    try {
      if (charset != null && !charset.isBlank()) {
        return Charset.forName(charset.trim());
      }
      return partContentType == null ? null : MediaType.parseMediaType(partContentType).getCharset();
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException("Invalid charset", List.of(new InvalidField("charset",
          "must name an encoding, e.g. UTF-8 or windows-1250")));
    }
  }
}
