package org.salescycle.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.salescycle.lead.LeadVariables;

/**
 * The columns of a lead CSV file, named as the fields of {@code POST /api/leads} (in any order and
 * case). Reads a row into lead fields: numbers (with a decimal point or comma, thousands grouped
 * by spaces or none) and true/false, yes/no or TAK/NIE are converted; a value that cannot be is
 * passed on as text, so the lead rules name the field it belongs to.
 */
class LeadCsvColumns {

  enum Type { TEXT, DECIMAL, WHOLE, YES_NO }

  static final Map<String, Type> COLUMNS = columns();
  /**
   * Columns a file may leave out. The purchase timeline may be a planned month or months from
   * today; the lead rules require one of them in every row.
   */
  static final Set<String> OPTIONAL = Set.of(LeadVariables.CONTACT_NAME, LeadVariables.PHONE,
      LeadVariables.SOURCE, LeadVariables.PLANNED_PURCHASE, LeadVariables.PURCHASE_TIMELINE_MONTHS);
  /** A number as people write one; Double.valueOf alone also reads NaN, Infinity, 0x1p3, 5d. */
  private static final Pattern DECIMAL_NUMBER =
      Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  /** Thousands grouped by spaces as Excel writes them in Polish: 5 000 000,50. */
  private static final Pattern GROUPED =
      Pattern.compile("[+-]?\\d{1,3}([ \u00A0\u202F]\\d{3})+([.,]\\d+)?");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");
  /** 1,500 is one and a half in Polish and fifteen hundred in English: refused, not guessed. */
  private static final Pattern THOUSANDS_OR_DECIMAL = Pattern.compile("[+-]?\\d{1,3},\\d{3}");

  private final List<String> names;

  private LeadCsvColumns(List<String> names) {
    this.names = names;
  }

  static LeadCsvColumns fromHeader(List<String> header, char separator) {
    Map<String, String> byLowerCase = new HashMap<>();
    COLUMNS.keySet().forEach(name -> byLowerCase.put(name.toLowerCase(Locale.ROOT), name));
    List<String> names = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String column : header) {
      String name = byLowerCase.get(column.trim().toLowerCase(Locale.ROOT));
      if (name == null) {
        unknown.add(column);
      }
      names.add(name);
    }
    List<String> missing = COLUMNS.keySet().stream()
        .filter(name -> !OPTIONAL.contains(name) && !names.contains(name)).toList();
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      throw new MalformedCsvException(1, "the header row "
          + (unknown.isEmpty() ? "" : "has unknown columns " + unknown + " ")
          + (missing.isEmpty() ? "" : "lacks required columns " + missing + " ")
          + "(columns: " + COLUMNS.keySet() + ")" + separatorHint(unknown, separator));
    }
    return new LeadCsvColumns(names);
  }

  /** A header cell that holds the other separator: the file was read with the wrong one. */
  private static String separatorHint(List<String> unknown, char separator) {
    char other = separator == ',' ? ';' : ',';
    if (unknown.stream().noneMatch(column -> column.indexOf(other) >= 0)) {
      return "";
    }
    return "; the values were read as separated by '%c', but a column name holds '%c': send "
        .formatted(separator, other) + "separator=" + other + " or save the file with '"
        + separator + "' between values";
  }

  int size() {
    return names.size();
  }

  Map<String, Object> fields(List<String> values) {
    Map<String, Object> fields = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String value = values.get(i).trim();
      if (!value.isEmpty()) {
        fields.put(names.get(i), convert(value, COLUMNS.get(names.get(i))));
      }
    }
    return fields;
  }

  private static Object convert(String value, Type type) {
    try {
      return switch (type) {
        case TEXT -> value;
        case DECIMAL -> {
          String number = asWritten(value);
          yield DECIMAL_NUMBER.matcher(number).matches() ? Double.valueOf(number) : value;
        }
        case WHOLE -> Integer.valueOf(asWritten(value));
        case YES_NO -> yesNo(value);
      };
    } catch (NumberFormatException notANumber) {
      return value;
    }
  }

  /** A number without its thousands spaces and with a decimal point for a decimal comma. */
  private static String asWritten(String value) {
    String number = GROUPED.matcher(value).matches()
        ? value.replaceAll("[ \u00A0\u202F]", "") : value;
    if (DECIMAL_COMMA.matcher(number).matches()
        && !THOUSANDS_OR_DECIMAL.matcher(number).matches()) {
      return number.replace(',', '.');
    }
    return number;
  }

  private static Object yesNo(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "tak" -> Boolean.TRUE;
      case "false", "no", "nie" -> Boolean.FALSE;
      default -> value;
    };
  }

  private static Map<String, Type> columns() {
    Map<String, Type> columns = new LinkedHashMap<>();
    columns.put(LeadVariables.COMPANY_NAME, Type.TEXT);
    columns.put(LeadVariables.CONTACT_NAME, Type.TEXT);
    columns.put(LeadVariables.CONTACT_EMAIL, Type.TEXT);
    columns.put(LeadVariables.PHONE, Type.TEXT);
    columns.put(LeadVariables.COUNTRY, Type.TEXT);
    columns.put(LeadVariables.SOURCE, Type.TEXT);
    columns.put(LeadVariables.ANNUAL_REVENUE, Type.DECIMAL);
    columns.put(LeadVariables.EMPLOYEES, Type.WHOLE);
    columns.put(LeadVariables.YEARS_IN_BUSINESS, Type.WHOLE);
    columns.put(LeadVariables.ESTIMATED_DEAL_VALUE, Type.DECIMAL);
    columns.put(LeadVariables.NEED_LEVEL, Type.TEXT);
    columns.put(LeadVariables.BUDGET_CONFIRMED, Type.YES_NO);
    columns.put(LeadVariables.DECISION_MAKER, Type.YES_NO);
    columns.put(LeadVariables.PLANNED_PURCHASE, Type.TEXT);
    columns.put(LeadVariables.PURCHASE_TIMELINE_MONTHS, Type.WHOLE);
    return java.util.Collections.unmodifiableMap(columns);
  }
}
