package org.salescycle.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salescycle.demo.DemoMeetingWords;
import org.salescycle.lead.ConfirmedInterest;
import org.salescycle.lead.EmailAddress;
import org.salescycle.lead.LeadCorrections;
import org.salescycle.lead.LeadRules;
import org.salescycle.lead.ServedMarkets;

/**
 * Checks the Camunda Forms in {@code processes/} against {@code processes/sales-cycle.bpmn}: every
 * form the model references exists once, each form collects the variables the process reads after
 * its step, and every choice offers exactly the values the model's gateways compare with. Reads the
 * files only: no engine, no Spring context.
 */
class FormsTest {

  /** Where the deployable models live, relative to the Maven basedir (the working directory of surefire). */
  static final Path PROCESSES = Path.of("processes");
  static final Path MODEL = PROCESSES.resolve("sales-cycle.bpmn");
  static final Path LEAD_QUALIFICATION = PROCESSES.resolve("lead-qualification.dmn");
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  /** Components that hold a value under a key; all others only display. */
  static final Set<String> INPUT_TYPES =
      Set.of("textfield", "textarea", "number", "checkbox", "select", "radio", "datetime");
  /** The form-js 1.x components these forms may use (Tasklist of Camunda 7.24, schema version 16). */
  static final Set<String> SUPPORTED_TYPES = union(INPUT_TYPES, Set.of("text", "group", "separator", "table"));

  /** A gateway condition of the model, e.g. {@code ${customerDecision == 'REVISE'}}. */
  static final Pattern CONDITION = Pattern.compile("\\$\\{\\s*(\\w+)\\s*==\\s*'([^']*)'\\s*}");

  /** The lost reasons the README documents for the model; a form may offer only these. */
  static final Set<String> DOCUMENTED_LOST_REASONS = Set.of("NO_BUDGET", "NO_INTEREST",
      "CREDIT_DECLINED", "CHOSE_COMPETITOR", "QUOTE_EXPIRED", "WITHDREW", "DUPLICATE");

  static final String START_FORM = "Form_LeadReceived";

  /** form-js's own e-mail check (validationType "email"), as the Tasklist of Camunda 7.24 runs it. */
  static final Pattern FORM_JS_EMAIL = Pattern.compile("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@"
      + "[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");

  /** What each form lets the user enter: the variables the process reads after that step. */
  static final Map<String, Set<String>> EXPECTED_INPUTS = Map.ofEntries(
      Map.entry(START_FORM, Set.of("companyName", "contactName", "contactEmail", "country",
          "annualRevenue", "employees", "yearsInBusiness", "estimatedDealValue", "needLevel", "budgetConfirmed",
          "decisionMaker", "plannedPurchase")),
      Map.entry("Form_QualifyLead", union(Set.of("interestConfirmed", "qualificationDecision",
          "qualificationReason", "ownQualificationReason", "urgent", "correction.reason"),
          correctableFields())),
      Map.entry("Form_HoldDiscoveryDialogue", Set.of("dialogueNotes", "dialogueOutcome",
          "lostReason", "urgent")),
      Map.entry("Form_ReviewCreditDecision", Set.of("creditReviewDecision", "creditTerms",
          "creditLimit")),
      Map.entry("Form_ScheduleProductDemo", Set.of("demoStart", "demoDurationMinutes",
          "demoLocation", "demoAttendees")),
      Map.entry("Form_RecordDemoOutcome", Set.of("demoOutcome", "demoFeedback", "demoStart",
          "demoDurationMinutes", "demoLocation", "demoCancelReason")),
      Map.entry("Form_PrepareQuote", union(quoteLines(), Set.of("paymentTerms",
          "quoteValidityDays", "urgent"))),
      Map.entry("Form_ApproveDiscount", Set.of("discountDecision", "discountComment")),
      Map.entry("Form_RecordCustomerDecision", Set.of("customerDecision", "lostReason")),
      Map.entry("Form_ReviewStalledProspect", Set.of("stalledReviewAction",
          "stalledReviewNote")),
      Map.entry("Form_UpdateLeadFigures", Set.of("budgetConfirmed", "decisionMaker", "needLevel",
          "plannedPurchase", "annualRevenue", "employees", "estimatedDealValue", "figuresNote")),
      Map.entry("Form_DecideLongNurturedLead", Set.of("nurtureDecision", "nurtureCloseReason")));

  static final ObjectMapper JSON = new ObjectMapper();

  /** The lead's facts "Qualify lead" offers to correct, inside its group "correction". */
  static Set<String> correctableFields() {
    Set<String> paths = new TreeSet<>();
    LeadCorrections.FIELDS.forEach(field -> paths.add("correction." + field));
    return paths;
  }

  /** The quote lines the "Prepare quote" form offers (QuoteInput reads as many). */
  static final int QUOTE_LINES = 8;

  static Set<String> quoteLines() {
    Set<String> paths = new TreeSet<>();
    for (int line = 1; line <= QUOTE_LINES; line++) {
      for (String field : List.of("product", "quantity", "discountPercent")) {
        paths.add("line" + line + "." + field);
      }
    }
    return paths;
  }

  static Map<String, Form> forms;
  static BpmnModelInstance model;

  record Form(Path file, JsonNode json) {

    String id() {
      return json.path("id").asText();
    }

    /** Every component, depth first, groups included. */
    List<JsonNode> components() {
      List<JsonNode> all = new ArrayList<>();
      collect(json.path("components"), all);
      return all;
    }

    List<JsonNode> keyed() {
      return components().stream().filter(c -> INPUT_TYPES.contains(type(c))).toList();
    }

    /** Where a component's value goes: its key, below the paths of the groups around it. */
    String valuePath(JsonNode component) {
      return valuePath(json.path("components"), component, "");
    }

    private static String valuePath(JsonNode components, JsonNode wanted, String prefix) {
      for (JsonNode component : components) {
        if (component == wanted) {
          return prefix + component.path("key").asText();
        }
        String inner = component.hasNonNull("path") ? prefix + component.path("path").asText() + "."
            : prefix;
        String found = valuePath(component.path("components"), wanted, inner);
        if (found != null) {
          return found;
        }
      }
      return null;
    }

    /** What the user enters: keyed components that are neither read-only nor disabled. */
    List<JsonNode> inputs() {
      return keyed().stream().filter(c -> !isContext(c)).toList();
    }

    JsonNode input(String path) {
      return inputs().stream().filter(c -> path.equals(valuePath(c))).findFirst()
          .orElseThrow(() -> new AssertionError(id() + " has no input " + path));
    }

    Set<String> inputKeys() {
      return inputs().stream().map(this::valuePath).collect(Collectors.toSet());
    }

    private static void collect(JsonNode components, List<JsonNode> into) {
      for (JsonNode component : components) {
        into.add(component);
        collect(component.path("components"), into);
      }
    }
  }

  @BeforeAll
  static void readFormsAndModel() throws IOException {
    forms = new TreeMap<>();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        Form form = new Form(file, JSON.readTree(file.toFile()));
        Form other = forms.put(form.id(), form);
        assertThat(other).as("form id %s is declared by %s and %s", form.id(), file,
            other == null ? null : other.file()).isNull();
      }
    }
    model = Bpmn.readModelFromFile(MODEL.toFile());
  }

  @Test
  void everyFormIsJsonForTheCamunda7Tasklist() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode json = JSON.readTree(file.toFile());
        assertThat(json.isObject()).as(file + " is a JSON object").isTrue();
        assertThat(json.path("type").asText()).as(file + " type").isEqualTo("default");
        assertThat(json.path("id").asText()).as(file + " id").startsWith("Form_");
        assertThat(json.path("executionPlatform").asText()).as(file + " platform")
            .isEqualTo("Camunda Platform");
        assertThat(json.path("executionPlatformVersion").asText()).as(file + " platform version")
            .isEqualTo("7.24.0");
        assertThat(json.path("exporter").path("name").asText()).as(file + " exporter")
            .isEqualTo("Camunda Modeler");
        assertThat(json.path("schemaVersion").asInt()).as(file + " schema version").isEqualTo(16);
        assertThat(json.path("components").size()).as(file + " components").isPositive();
      }
    }
  }

  @Test
  void everyFormTheModelReferencesExistsOnceAndEveryFormIsReferenced() {
    Map<String, String> formRefs = formRefsByElement();
    assertThat(formRefs).as("elements with camunda:formRef").hasSize(12);
    formRefs.forEach((element, formRef) -> {
      assertThat(forms.keySet()).as("form of " + element).contains(formRef);
      assertThat(model.<BaseElement>getModelElementById(element)
          .getAttributeValueNs(CAMUNDA_NS, "formRefBinding"))
          .as(element + " formRefBinding").isEqualTo("deployment");
    });
    assertThat(forms.keySet()).as("forms in processes/")
        .containsExactlyInAnyOrderElementsOf(new TreeSet<>(formRefs.values()));
    assertThat(formRefs.get("StartEvent_LeadReceived")).isEqualTo(START_FORM);
  }

  @Test
  void componentsHaveUniqueIdsKnownTypesAndInputsHaveKeysAndLabels() {
    forms.values().forEach(form -> {
      List<String> ids = form.components().stream().map(c -> c.path("id").asText()).toList();
      assertThat(ids).as(form.id() + " component ids").doesNotContain("").doesNotHaveDuplicates();
      form.components().forEach(c -> assertThat(type(c))
          .as(form.id() + " type of " + c.path("id").asText()).isIn(SUPPORTED_TYPES));
      form.keyed().forEach(c -> {
        String id = form.id() + " " + c.path("id").asText();
        assertThat(c.path("key").asText()).as(id + " key").matches("[a-z][A-Za-z]*");
        // a date picker carries its label as dateLabel
        String label = "datetime".equals(type(c)) ? c.path("dateLabel").asText() : c.path("label").asText();
        assertThat(label).as(id + " label").isNotBlank();
      });
      assertThat(form.keyed().stream().map(form::valuePath).toList())
          .as(form.id() + " keys").doesNotHaveDuplicates();
      form.components().stream().filter(c -> "select".equals(type(c)) || "radio".equals(type(c)))
          .forEach(c -> assertThat(c.path("values"))
              .as(form.id() + " " + c.path("id").asText() + " values")
              .allSatisfy(v -> {
                assertThat(v.path("label").asText()).isNotBlank();
                assertThat(v.path("value").asText()).matches("[A-Z_]+");
              }));
    });
  }

  @Test
  void everyFormShowsTheCompanyFirstAndEveryTaskFormTheStage() {
    forms.values().forEach(form -> {
      List<JsonNode> keyed = form.keyed();
      assertThat(keyed.get(0).path("key").asText()).as(form.id() + " first field")
          .isEqualTo("companyName");
      if (form.id().equals(START_FORM)) {
        assertThat(isContext(keyed.get(0))).as("the start form asks for the company").isFalse();
        assertThat(keyed).noneMatch(c -> "stageText".equals(c.path("key").asText()));
      } else {
        assertThat(keyed.get(1).path("key").asText()).as(form.id() + " second field")
            .isEqualTo("stageText");
        assertThat(keyed.subList(0, 2)).as(form.id() + " company and stage are context")
            .allMatch(FormsTest::isContext);
      }
    });
  }

  /**
   * form-js submits a read-only field's value like any other: without {@code disabled}, a form
   * would write every context value back (an empty string for a variable that does not exist,
   * a Date as a String, a counter a timer has meanwhile raised as its old value).
   */
  @Test
  void contextFieldsAreNeverSubmitted() {
    forms.values().forEach(form -> form.keyed().stream()
        .filter(c -> c.path("readonly").asBoolean(false))
        .forEach(c -> assertThat(c.path("disabled").asBoolean(false))
            .as(form.id() + " " + c.path("key").asText() + " is read-only, so it must be disabled")
            .isTrue()));
  }

  @Test
  void eachFormCollectsTheVariablesTheProcessReadsAfterItsStep() {
    assertThat(EXPECTED_INPUTS.keySet()).containsExactlyInAnyOrderElementsOf(forms.keySet());
    EXPECTED_INPUTS.forEach((formId, keys) ->
        assertThat(forms.get(formId).inputKeys()).as(formId + " inputs")
            .containsExactlyInAnyOrderElementsOf(keys));

    // and from the model itself: the gateway right after a step decides on what its form collects
    formRefsByElement().forEach((element, formRef) -> {
      Set<String> decidedOn = new TreeSet<>();
      for (SequenceFlow out : model.<FlowNode>getModelElementById(element).getOutgoing()) {
        if (out.getTarget() instanceof ExclusiveGateway gateway) {
          gateway.getOutgoing().forEach(flow -> condition(flow).ifPresent(c -> decidedOn.add(c[0])));
        }
      }
      assertThat(forms.get(formRef).inputKeys()).as(formRef + " collects what " + element
          + "'s gateway decides on").containsAll(decidedOn);
    });
  }

  @Test
  void choicesOfferExactlyTheValuesTheGatewaysCompareWith() throws IOException {
    Map<String, Set<String>> compared = comparedValues(Files.readString(MODEL));
    assertThat(compared).containsOnlyKeys("qualificationDecision", "dialogueOutcome",
        "creditReviewDecision", "demoOutcome", "discountDecision", "customerDecision",
        "nurtureDecision");

    Map<String, Integer> offeredBy = new HashMap<>();
    forms.values().forEach(form -> form.inputs().stream()
        .filter(c -> "select".equals(type(c)) || "radio".equals(type(c)))
        .filter(c -> compared.containsKey(c.path("key").asText()))
        .forEach(c -> {
          String key = c.path("key").asText();
          assertThat(values(c)).as(form.id() + " " + key + " vs the gateway conditions")
              .containsExactlyInAnyOrderElementsOf(compared.get(key));
          assertThat(type(c)).as(form.id() + " " + key).isEqualTo("radio");
          offeredBy.merge(key, 1, Integer::sum);
        }));
    assertThat(offeredBy.keySet()).as("gateway variables some form offers")
        .containsExactlyInAnyOrderElementsOf(compared.keySet());
  }

  @Test
  void lostReasonAppearsExactlyForTheChoiceThatEndsAsLost() {
    // flows like ${dialogueOutcome == 'LOST'} into an end event whose stage reason is ${lostReason}
    List<SequenceFlow> lostFlows = model.getModelElementsByType(SequenceFlow.class).stream()
        .filter(flow -> stageReason(flow.getTarget()).filter("${lostReason}"::equals).isPresent())
        .toList();
    assertThat(lostFlows).extracting(BaseElement::getId)
        .containsExactlyInAnyOrder("Flow_DialogueLost", "Flow_QuoteRejected");

    for (SequenceFlow lost : lostFlows) {
      String[] condition = condition(lost).orElseThrow();
      FlowNode task = lost.getSource().getIncoming().iterator().next().getSource();
      Form form = forms.get(task.getAttributeValueNs(CAMUNDA_NS, "formRef"));
      JsonNode lostReason = form.input("lostReason");

      assertThat(type(lostReason)).isEqualTo("select");
      assertThat(required(lostReason)).as(form.id() + " lostReason required").isTrue();
      assertThat(lostReason.path("conditional").path("hide").asText()).as(form.id() + " lostReason")
          .isEqualTo("=%s != \"%s\"", condition[0], condition[1]);
      assertThat(values(lostReason)).as(form.id() + " lost reasons")
          .containsExactlyInAnyOrder("NO_BUDGET", "NO_INTEREST", "CHOSE_COMPETITOR", "WITHDREW")
          .isSubsetOf(DOCUMENTED_LOST_REASONS);
    }
  }

  @Test
  void theStartFormOffersTheNeedLevelsOfTheQualificationRules() {
    DmnModelInstance rules = Dmn.readModelFromFile(LEAD_QUALIFICATION.toFile());
    Input needLevel = rules.getModelElementsByType(Input.class).stream()
        .filter(input -> "needLevel".equals(input.getInputExpression().getText().getTextContent().trim()))
        .findFirst().orElseThrow();
    Set<String> allowed = Stream.of(needLevel.getInputValues().getText().getTextContent().split(","))
        .map(value -> value.trim().replace("\"", "")).collect(Collectors.toSet());

    JsonNode select = forms.get(START_FORM).input("needLevel");
    assertThat(type(select)).isEqualTo("select");
    assertThat(values(select)).containsExactlyInAnyOrderElementsOf(allowed)
        .containsExactlyInAnyOrder("HIGH", "MEDIUM", "LOW", "NONE");
  }

  @Test
  void theFormsOfferTheServedMarketsTheQualificationRulesAndTheLeadCheckServe() {
    DmnModelInstance rules = Dmn.readModelFromFile(LEAD_QUALIFICATION.toFile());
    Rule notServed = rules.getModelElementById("Rule_CountryNotServed");
    String test = notServed.getInputEntries().iterator().next().getText().getTextContent();
    Set<String> inTheTable = new TreeSet<>();
    Matcher code = Pattern.compile("\"([A-Z]{2})\"").matcher(test);
    while (code.find()) {
      inTheTable.add(code.group(1));
    }
    assertThat(test).startsWith("not(");
    assertThat(ServedMarkets.all().keySet()).containsExactlyInAnyOrderElementsOf(inTheTable)
        .contains("PL", "DE", "GB");

    for (JsonNode country : List.of(forms.get(START_FORM).input("country"),
        forms.get("Form_QualifyLead").input("correction.country"))) {
      assertThat(type(country)).isEqualTo("select");
      Map<String, String> offered = new LinkedHashMap<>();
      country.path("values").forEach(v -> offered.put(v.path("value").asText(),
          v.path("label").asText()));
      assertThat(offered).containsExactlyEntriesOf(ServedMarkets.all());
      offered.forEach((value, label) -> assertThat(FormWords.of(Map.of("country", value)::get,
          Currency.getInstance("EUR")).get("countryText")).startsWith(label));
    }
  }

  @Test
  void qualifyLeadSaysWhatTheServerSaysWhenTheInterestIsNotConfirmed() {
    JsonNode text = forms.get("Form_QualifyLead").components().stream()
        .filter(c -> "Text_InterestMissing".equals(c.path("id").asText())).findFirst()
        .orElseThrow();
    assertThat(text.path("text").asText().replace("**", ""))
        .isEqualTo(ConfirmedInterest.REFUSAL + ".");
    assertThat(text.path("conditional").path("hide").asText())
        .isEqualTo("=not(qualificationDecision = \"QUALIFY\" and interestConfirmed != true)");
    assertThat(forms.get("Form_QualifyLead").input("interestConfirmed").path("description")
        .asText()).isNotBlank();
  }

  @Test
  void theStartFormRequiresTheLeadDataTheLeadCheckRequiresWithinTheSameRanges() {
    Form start = forms.get(START_FORM);
    start.inputs().forEach(c -> assertThat(required(c))
        .as("start form " + c.path("key").asText() + " required")
        .isEqualTo(!"checkbox".equals(type(c))));
    assertThat(start.input("contactEmail").path("validate").path("validationType").asText()).isEqualTo("email");
    assertThat(start.input("companyName").path("validate").path("maxLength").asInt()).isEqualTo(255);
    LeadRules.NUMBERS.forEach((number, range) -> {
      JsonNode input = start.input(number);
      assertThat(type(input)).as(number).isEqualTo("number");
      assertThat(input.path("validate").path("min").asLong(-1)).as(number + " min")
          .isEqualTo(range.min());
      assertThat(input.path("validate").path("max").asLong(-1)).as(number + " max")
          .isEqualTo(range.max());
      assertThat(input.path("decimalDigits").asInt(-1) == 0).as(number + " whole")
          .isEqualTo(range.whole());
    });
    for (String checkbox : List.of("budgetConfirmed", "decisionMaker")) {
      assertThat(type(start.input(checkbox))).isEqualTo("checkbox");
      assertThat(start.input(checkbox).path("defaultValue").isBoolean()).as(checkbox).isTrue();
      assertThat(start.input(checkbox).path("defaultValue").asBoolean()).as(checkbox).isFalse();
    }
  }

  @Test
  void taskFormsRequireWhatTheirStepCannotDoWithout() {
    // a required checkbox could only be submitted ticked
    forms.values().forEach(form -> form.inputs().stream().filter(c -> "checkbox".equals(type(c)))
        .forEach(c -> assertThat(required(c)).as(form.id() + " " + c.path("key").asText()).isFalse()));
    // every decision is required
    forms.values().forEach(form -> form.inputs().stream().filter(c -> "radio".equals(type(c)))
        .forEach(c -> assertThat(required(c)).as(form.id() + " " + c.path("key").asText()).isTrue()));

    Form qualify = forms.get("Form_QualifyLead");
    assertThat(required(qualify.input("qualificationReason"))).isTrue();
    assertThat(required(qualify.input("interestConfirmed"))).isFalse();

    Form dialogue = forms.get("Form_HoldDiscoveryDialogue");
    assertThat(required(dialogue.input("dialogueNotes"))).isTrue();
    assertThat(dialogue.input("dialogueNotes").path("validate").path("minLength").asInt()).isEqualTo(10);

    Form credit = forms.get("Form_ReviewCreditDecision");
    for (String term : List.of("creditTerms", "creditLimit")) {
      assertThat(required(credit.input(term))).as(term).isTrue();
      assertThat(credit.input(term).path("conditional").path("hide").asText()).as(term)
          .isEqualTo("=creditReviewDecision != \"APPROVE_WITH_TERMS\"");
    }
    assertThat(values(credit.input("creditTerms")))
        .containsExactlyInAnyOrder("PREPAYMENT", "PARTIAL_PREPAYMENT", "SHORT_PAYMENT_TERMS");
    assertThat(credit.input("creditLimit").path("validate").path("min").asInt(-1))
        .as("an approved credit has a limit").isEqualTo(1);

    Form schedule = forms.get("Form_ScheduleProductDemo");
    Form outcome = forms.get("Form_RecordDemoOutcome");
    for (Form demo : List.of(schedule, outcome)) {
      JsonNode start = demo.input("demoStart");
      assertThat(type(start)).isEqualTo("datetime");
      assertThat(start.path("subtype").asText()).isEqualTo("datetime");
      assertThat(start.path("timeSerializingFormat").asText())
          .as("the rep's time with its offset, which DemoSlotRules reads").isEqualTo("utc_offset");
      assertThat(required(start)).isTrue();
      JsonNode minutes = demo.input("demoDurationMinutes");
      assertThat(minutes.path("validate").path("min").asInt()).isEqualTo(15);
      assertThat(minutes.path("validate").path("max").asInt()).isEqualTo(480);
      assertThat(minutes.path("decimalDigits").asInt(-1)).isZero();
    }
    assertThat(required(schedule.input("demoLocation"))).isTrue();
    assertThat(required(schedule.input("demoAttendees"))).isFalse();
    assertThat(required(outcome.input("demoLocation"))).as("empty keeps the place").isFalse();
    Map.of("demoFeedback", "HELD", "demoStart", "RESCHEDULE", "demoDurationMinutes",
            "RESCHEDULE", "demoLocation", "RESCHEDULE", "demoCancelReason", "CANCELLED")
        .forEach((key, choice) -> assertThat(outcome.input(key).path("conditional").path("hide")
            .asText()).as(key).isEqualTo("=demoOutcome != \"" + choice + "\""));
    assertThat(required(outcome.input("demoFeedback"))).isTrue();
    assertThat(outcome.input("demoFeedback").path("validate").path("minLength").asInt())
        .isEqualTo(10);
    assertThat(required(outcome.input("demoCancelReason"))).isTrue();

    Form quote = forms.get("Form_PrepareQuote");
    for (int line = 1; line <= QUOTE_LINES; line++) {
      JsonNode product = quote.input("line" + line + ".product");
      assertThat(product.path("valuesKey").asText()).isEqualTo("productOptions");
      assertThat(required(product)).as("line %d product", line).isEqualTo(line == 1);
      JsonNode quantity = quote.input("line" + line + ".quantity");
      assertThat(required(quantity)).isTrue();
      assertThat(quantity.path("validate").path("min").asInt()).isEqualTo(1);
      assertThat(quantity.path("decimalDigits").asInt(-1)).isZero();
      JsonNode discount = quote.input("line" + line + ".discountPercent");
      assertThat(required(discount)).isTrue();
      assertThat(discount.path("validate").path("min").asInt(-1)).isZero();
      assertThat(discount.path("validate").path("max").asDouble()).isLessThan(100);
      assertThat(discount.path("defaultValue").asInt(-1)).isZero();
    }
    assertThat(quote.components().stream().filter(c -> c.path("path").asText().startsWith("line"))
        .map(c -> c.path("conditional").path("hide").asText()))
        .as("each line appears once the line before has a product")
        .containsExactly("", "=line1 = null or line1.product = null",
            "=line2 = null or line2.product = null", "=line3 = null or line3.product = null",
            "=line4 = null or line4.product = null", "=line5 = null or line5.product = null",
            "=line6 = null or line6.product = null", "=line7 = null or line7.product = null");
    assertThat(quote.input("paymentTerms").path("valuesKey").asText())
        .isEqualTo("paymentTermsOptions");
    assertThat(required(quote.input("paymentTerms"))).isTrue();
    assertThat(quote.input("quoteValidityDays").path("validate").path("max").asInt())
        .isEqualTo(365);

    assertThat(required(forms.get("Form_ApproveDiscount").input("discountComment"))).isFalse();
  }

  /** Names the server puts on a task for its form to show; never an answer. */
  static Set<String> shownOnly() {
    return union(union(FormWords.NAMES, DemoMeetingWords.NAMES), Set.of(
        FormWordsParseListener.QUOTE_LINE_ROWS, "quotePreview", "productOptions",
        "paymentTermsOptions"));
  }

  @Test
  void formsShowValuesInWordsAndNeverAnswerIntoAShownName() {
    forms.values().forEach(form -> form.keyed().forEach(c -> {
      String key = c.path("key").asText();
      if (isContext(c)) {
        assertThat(FormWords.NAMES).as(form.id() + " shows " + key + " as it is, not in words")
            .doesNotContain(key + "Text");
        if (key.endsWith("Text")) {
          assertThat(FormWords.NAMES).as(form.id() + " shows words the server gives").contains(key);
        }
      } else {
        assertThat(shownOnly()).as(form.id() + " answers into " + key).doesNotContain(key);
      }
    }));
  }

  @Test
  void choicesAndShownWordsUseTheSameLabels() {
    JsonNode need = forms.get(START_FORM).input("needLevel");
    need.path("values").forEach(v -> assertThat(FormWords.NEED_LEVELS)
        .containsEntry(v.path("value").asText(), v.path("label").asText()));
    JsonNode terms = forms.get("Form_ReviewCreditDecision").input("creditTerms");
    terms.path("values").forEach(v -> assertThat(FormWords.CREDIT_TERMS)
        .containsEntry(v.path("value").asText(), v.path("label").asText()));
  }

  @Test
  void theStartFormTakesNoEmailTheLeadRulesRefuse() {
    JsonNode validate = forms.get(START_FORM).input("contactEmail").path("validate");
    Pattern pattern = Pattern.compile(validate.path("pattern").asText());
    int maxLength = validate.path("maxLength").asInt();
    assertThat(maxLength).isEqualTo(320);
    String longDomain = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "."
        + "d".repeat(60) + "." + "e".repeat(60) + ".pl";
    List<String> samples = List.of("anna@acme.pl", "anna.nowak+crm@sub.acme.co.uk", "anna@acme",
        "anna@acme.", "anna@.pl", "anna@acme..pl", "an na@acme.pl", "anna@@acme.pl", "@acme.pl",
        "anna@-acme.pl", "anna@" + "a".repeat(64) + ".pl", "a".repeat(64) + "@" + longDomain,
        "anna@acme.p", "anna@acme.pl.", "anna@1.2");
    for (String email : samples) {
      boolean formTakes = FORM_JS_EMAIL.matcher(email).matches() && pattern.matcher(email).find()
          && email.trim().length() <= maxLength;
      if (formTakes) {
        assertThat(EmailAddress.of(email).valid()).as(email + " passes the form").isTrue();
      }
    }
    assertThat(FORM_JS_EMAIL.matcher("anna@acme").matches()).isTrue();
    assertThat(pattern.matcher("anna@acme").find()).as("no dot in the domain").isFalse();
    assertThat(pattern.matcher("anna.nowak@acme.pl").find()).isTrue();
  }

  @Test
  void theCorrectedFiguresOfQualifyLeadTakeWhatTheLeadRulesTake() {
    Form qualify = forms.get("Form_QualifyLead");
    LeadRules.NUMBERS.forEach((number, range) -> {
      JsonNode input = qualify.input("correction." + number);
      assertThat(input.path("validate").path("min").asLong(-1)).as(number + " min")
          .isEqualTo(range.min());
      assertThat(input.path("validate").path("max").asLong(-1)).as(number + " max")
          .isEqualTo(range.max());
      assertThat(input.path("decimalDigits").asInt(-1) == 0).as(number + " whole")
          .isEqualTo(range.whole());
    });
    assertThat(qualify.input("correction.contactName").path("validate").path("maxLength").asInt())
        .isEqualTo(255);
    for (String reason : List.of("qualificationReason", "ownQualificationReason")) {
      assertThat(qualify.input(reason).path("validate").path("maxLength").asInt()).as(reason)
          .isEqualTo(255);
    }
  }

  @Test
  void prepareQuoteLeavesTheDiscountRulesToTheDecisionTable() throws IOException {
    String dmn = Files.readString(PROCESSES.resolve("discount-approval.dmn"));
    Matcher limits = Pattern.compile("&[gl]t;=?\\s*(\\d+)").matcher(dmn);
    Set<String> numbers = new TreeSet<>();
    while (limits.find()) {
      if (Integer.parseInt(limits.group(1)) > 1) {
        numbers.add(limits.group(1));
      }
    }
    assertThat(numbers).contains("20", "10", "100000");
    for (String file : List.of("prepare-quote.form", "approve-discount.form")) {
      String form = JSON.readTree(PROCESSES.resolve(file).toFile()).findValues("text").toString()
          + JSON.readTree(PROCESSES.resolve(file).toFile()).findValues("label")
          + JSON.readTree(PROCESSES.resolve(file).toFile()).findValues("description");
      for (String number : numbers) {
        assertThat(form).as(file + " copies the decision's " + number)
            .doesNotContain(number + "%", " " + number + ",", "> " + number, ">= " + number,
                "100,000");
      }
    }
    assertThat(Files.readString(PROCESSES.resolve("prepare-quote.form")))
        .contains("p: quotePreview", "discountBands", "maxDiscount");
  }

  // model helpers //////////

  /** formRef by the id of the element (start event or user task) that declares it. */
  static Map<String, String> formRefsByElement() {
    Map<String, String> refs = new TreeMap<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      String formRef = node.getAttributeValueNs(CAMUNDA_NS, "formRef");
      if (formRef != null) {
        refs.put(node.getId(), formRef);
      }
    }
    return refs;
  }

  /** The variable and the value a flow's {@code ${x == 'VALUE'}} condition compares. */
  static Optional<String[]> condition(SequenceFlow flow) {
    if (flow.getConditionExpression() == null) {
      return Optional.empty();
    }
    Matcher matcher = CONDITION.matcher(flow.getConditionExpression().getTextContent());
    return matcher.find() ? Optional.of(new String[] {matcher.group(1), matcher.group(2)}) : Optional.empty();
  }

  /** Every {@code ${x == 'VALUE'}} in the model text: the values compared, by variable. */
  static Map<String, Set<String>> comparedValues(String modelXml) {
    Map<String, Set<String>> values = new TreeMap<>();
    Matcher matcher = CONDITION.matcher(modelXml.replace("&#39;", "'").replace("&apos;", "'"));
    while (matcher.find()) {
      values.computeIfAbsent(matcher.group(1), k -> new TreeSet<>()).add(matcher.group(2));
    }
    return values;
  }

  static Optional<String> stageReason(FlowNode node) {
    return node.getExtensionElements() == null ? Optional.empty()
        : node.getExtensionElements().getElementsQuery()
            .filterByType(CamundaProperties.class).list().stream()
            .flatMap(properties -> properties.getCamundaProperties().stream())
            .filter(property -> "reason".equals(property.getCamundaName()))
            .map(CamundaProperty::getCamundaValue)
            .findFirst();
  }

  // form helpers //////////

  static String type(JsonNode component) {
    return component.path("type").asText();
  }

  static boolean isContext(JsonNode component) {
    return component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
  }

  static boolean required(JsonNode component) {
    return component.path("validate").path("required").asBoolean(false);
  }

  static List<String> values(JsonNode choice) {
    List<String> values = new ArrayList<>();
    choice.path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }

  static Set<String> union(Collection<String> a, Collection<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
