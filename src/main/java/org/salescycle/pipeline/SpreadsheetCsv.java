package org.salescycle.pipeline;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.salescycle.shared.InvalidField;
import org.salescycle.shared.InvalidRequestException;

/**
 * The CSV flavour a spreadsheet opens without an import dialog. Excel splits values at the list
 * separator of the reader's locale: a comma where the decimal mark is a point (English), a
 * semicolon where it is a comma (Polish, German, ...), and reads numbers only with the locale's
 * decimal mark. No {@code sep=} line: Excel then ignores the BOM and mangles UTF-8.
 */
record SpreadsheetCsv(char separator) {

  static final SpreadsheetCsv COMMA = new SpreadsheetCsv(',');
  static final SpreadsheetCsv SEMICOLON = new SpreadsheetCsv(';');

  /** separator: ',' or ';' (or comma, semicolon); else the first language of Accept-Language. */
  static SpreadsheetCsv of(String separator, String acceptLanguage) {
    if (separator != null && !separator.isBlank()) {
      return switch (separator.trim().toLowerCase(Locale.ROOT)) {
        case ",", "comma" -> COMMA;
        case ";", "semicolon" -> SEMICOLON;
        default -> throw new InvalidRequestException("Invalid separator", List.of(
            new InvalidField("separator", "must be ',' or ';' (comma or semicolon)")));
      };
    }
    return decimalCommaIn(acceptLanguage) ? SEMICOLON : COMMA;
  }

  private static boolean decimalCommaIn(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return false;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      return !ranges.isEmpty() && DecimalFormatSymbols.getInstance(
          Locale.forLanguageTag(ranges.get(0).getRange())).getDecimalSeparator() == ',';
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }

  CSVFormat format() {
    return CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n").get();
  }

  /** A decimal with the mark the reader's spreadsheet takes: 40000,00 beside semicolons. */
  String number(BigDecimal value) {
    String plain = value.toPlainString();
    return separator == ';' ? plain.replace('.', ',') : plain;
  }

  /**
   * Text a spreadsheet shows as text: a cell starting with = + - @ tab or CR would be run as a
   * formula (OWASP, CSV injection), so it gets a leading apostrophe.
   */
  static String inert(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
