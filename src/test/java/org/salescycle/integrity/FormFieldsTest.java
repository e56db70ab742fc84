package org.salescycle.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which variables each form of processes/ submits as answers, and which it only shows. */
class FormFieldsTest {

  @Test
  void qualifyLeadAnswersTheDecisionAndItsCorrectionAndShowsTheLeadsFigures() throws IOException {
    FormFields qualify = read("qualify-lead.form");

    assertThat(qualify.answers()).containsExactlyInAnyOrder("interestConfirmed",
        "qualificationDecision", "qualificationReason", "ownQualificationReason", "urgent",
        "correction");
    assertThat(qualify.shown()).contains("companyName", "annualRevenueText",
        "estimatedDealValueText", "budgetConfirmed");
  }

  @Test
  void prepareQuoteAnswersItsLinesAsGroupsAndShowsTheCreditLimit() throws IOException {
    FormFields quote = read("prepare-quote.form");

    assertThat(quote.answers()).containsExactlyInAnyOrder("line1", "line2", "line3", "line4",
        "line5", "line6", "line7", "line8", "paymentTerms", "quoteValidityDays", "urgent");
    assertThat(quote.shown()).contains("creditLimitText", "creditDecisionText", "quoteNumber")
        .doesNotContain("discountPercent", "product", "quantity");
  }

  @Test
  void aNumberAnswerMustBeAFiniteNumberWithinItsFieldsMinAndMax() throws IOException {
    FormFields.Range limit = read("review-credit-decision.form").numbers().get("creditLimit");

    assertThat(limit.refuse(250_000)).isNull();
    assertThat(limit.refuse(250_000.5)).isNull();
    assertThat(limit.refuse(Double.NaN)).isEqualTo("must be a number");
    assertThat(limit.refuse(Double.POSITIVE_INFINITY)).isEqualTo("must be a number");
    assertThat(limit.refuse("250000")).isEqualTo("must be a number");
    assertThat(limit.refuse(0)).startsWith("must be a number from 1");
    assertThat(limit.refuse(1e20)).endsWith("up to 1000000000000000");
  }

  @Test
  void theStartFormAnswersEveryLeadField() throws IOException {
    assertThat(read("lead-received.form").answers()).containsExactlyInAnyOrder("companyName",
        "country", "contactName", "contactEmail", "annualRevenue", "employees", "yearsInBusiness",
        "estimatedDealValue", "needLevel", "plannedPurchase", "budgetConfirmed",
        "decisionMaker");
  }

  @Test
  void everyFormOfTheModelHasAnswersAndNoFieldIsBoth() throws IOException {
    try (var forms = Files.list(Path.of("processes"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).toList()) {
        FormFields fields = read(form.getFileName().toString());
        assertThat(fields.answers()).as(form.toString()).isNotEmpty();
        assertThat(fields.shown()).as(form.toString()).doesNotContainAnyElementsOf(
            Set.copyOf(fields.answers()));
      }
    }
  }

  @Test
  void aDottedKeyAnswersItsTopLevelVariableAndAnExpressionOnlyShows() {
    FormFields fields = FormFields.parse(new ByteArrayInputStream("""
            {"components": [
              {"type": "textfield", "key": "customer.name"},
              {"type": "expression", "key": "total", "expression": "=1"},
              {"type": "group", "components": [{"type": "number", "key": "quantity"}]}
            ]}""".getBytes(StandardCharsets.UTF_8)));

    assertThat(fields.answers()).containsExactlyInAnyOrder("customer", "quantity");
    assertThat(fields.shown()).containsExactly("total");
  }

  private static FormFields read(String name) throws IOException {
    return FormFields.parse(Files.newInputStream(Path.of("processes", name)));
  }
}
