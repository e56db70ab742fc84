package org.salescycle.lead;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * The countries we sell in, as ISO 3166-1 alpha-2 codes with their English names. Sales
 * operations keep the list in one place: the rule {@value #RULE} of the decision table
 * {@value #TABLE}, deployed with the process, which disqualifies a lead from any other country.
 * Every way a lead arrives or is corrected takes only these countries, and the forms offer them
 * (a test checks that the forms name the same markets).
 */
public final class ServedMarkets {

  static final String TABLE = "processes/lead-qualification.dmn";
  static final String RULE = "Rule_CountryNotServed";

  /**
   * What people commonly write for a served market instead of its code. Only these are taken;
   * anything else outside the list is refused, never guessed.
   */
  private static final Map<String, String> ALIASES = Map.of("UK", "GB");

  private static final Pattern CODE = Pattern.compile("\"([A-Z]{2})\"");

  /** Code to English name, by name. */
  private static final Map<String, String> MARKETS = Collections.unmodifiableMap(read());

  private ServedMarkets() {}

  /** Every served market, code to English name, in the order of the names. */
  public static Map<String, String> all() {
    return MARKETS;
  }

  /**
   * The served market's code for what was written: the code in any case and around spaces, or an
   * alias such as "UK"; empty when it is none of ours.
   */
  public static Optional<String> code(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String code = written.trim().toUpperCase(Locale.ROOT);
    code = ALIASES.getOrDefault(code, code);
    return MARKETS.containsKey(code) ? Optional.of(code) : Optional.empty();
  }

  /** The list as a person reads it: "Austria (AT), Belgium (BE), ...". */
  public static String described() {
    return MARKETS.entrySet().stream()
        .map(market -> market.getValue() + " (" + market.getKey() + ")")
        .collect(Collectors.joining(", "));
  }

  private static Map<String, String> read() {
    DmnModelInstance table;
    try (InputStream file = ServedMarkets.class.getClassLoader().getResourceAsStream(TABLE)) {
      if (file == null) {
        throw new IllegalStateException(TABLE + " is not on the class path");
      }
      table = Dmn.readModelFromStream(file);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    Rule rule = table.getModelElementById(RULE);
    if (rule == null) {
      throw new IllegalStateException(TABLE + " has no rule " + RULE);
    }
    List<Input> inputs = List.copyOf(((DecisionTable) rule.getParentElement()).getInputs());
    int country = 0;
    while (!LeadVariables.COUNTRY.equals(
        inputs.get(country).getInputExpression().getText().getTextContent().trim())) {
      country++;
    }
    String test = List.copyOf(rule.getInputEntries()).get(country).getText().getTextContent();
    Map<String, String> markets = new LinkedHashMap<>();
    Matcher code = CODE.matcher(test);
    while (code.find()) {
      markets.put(code.group(1), new Locale("", code.group(1)).getDisplayCountry(Locale.ENGLISH));
    }
    if (markets.isEmpty()) {
      throw new IllegalStateException(RULE + " of " + TABLE + " names no served market");
    }
    return markets.entrySet().stream()
        .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder())).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
            LinkedHashMap::new));
  }
}
