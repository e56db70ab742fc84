package org.salescycle.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.salescycle.IntegrationTest;
import org.salescycle.identity.TestUsers;
import org.salescycle.process.Evaluation;
import org.salescycle.process.Leads;
import org.salescycle.words.CustomerLanguage;
import org.salescycle.words.Dates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A quote from the rep's form to the customer's click, over real HTTP and a real SMTP server
 * (GreenMail): priced from the catalogue, rendered, e-mailed with its PDF, accepted once through
 * the link; a mail server that is down fails the job until it is back.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
    "sales-cycle.quote.acceptance.public-url=http://quotes.example"})
@ActiveProfiles("test")
class QuoteDeliveryTest {

  static final String PASSWORD = "secret";
  static final Pattern LINK = Pattern.compile("http://quotes\\.example/api/quotes/accept\\?token=(\\S+)");
  static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired AcceptanceTokens tokens;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, "rita-quote", PASSWORD, "sales-reps");
    TestUsers.ensure(identity, "webform-quote", PASSWORD, "lead-sources");
  }

  @Test
  void aQuoteIsPricedMailedAsPdfAndAcceptedOnceThroughItsLink() throws Exception {
    String leadId = createLead("accept");
    String instance = walkToPrepareQuote(leadId);
    Task prepare = task(instance, "Task_PrepareQuote");

    assertThat(tasks.getVariableLocal(prepare.getId(), "productOptions").toString())
        .contains("\"value\":\"LIC-SEAT\"").contains("Sales Cycle licence, per seat (LIC-SEAT), 120.00 EUR");
    assertThat(tasks.getVariableLocal(prepare.getId(), "paymentTermsOptions").toString())
        .contains("NET_60").contains("PREPAYMENT");

    // as Tasklist submits the form: line items as a Json variable
    ResponseEntity<String> submitted = submitForm(prepare, """
        [{"product": "LIC-SEAT", "quantity": 25, "discountPercent": 10},
         {"product": "WS-DAY", "quantity": 3, "discountPercent": 12.5}]""", "NET_30");
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String number = runtime.getVariable(instance, "quoteNumber").toString();
    assertThat(number).as("the year's next quote number").matches("Q-\\d{4}-\\d{5}");
    assertThat(runtime.getVariables(instance))
        .containsEntry("quoteRevision", 1)
        .containsEntry("quoteAmount", 7_500.0)
        .containsEntry("discountPercent", 11.5)
        .containsEntry("quoteNetAmount", 6_637.5)
        .containsEntry("quoteGrossTotal", 8_164.13)
        .containsEntry("discountApprovalRequired", false);
    assertThat(smtp.getReceivedMessages()).as("nothing sent before Send quote runs").isEmpty();

    Instant beforeSending = Instant.now();
    executeJob(instance);

    MimeMessage mail = onlyMail();
    assertThat(mail.getAllRecipients()).extracting(Object::toString)
        .containsExactly("buyer@accept.example");
    assertThat(mail.getSubject()).isEqualTo("Quote " + number + ", revision 1, from "
        + "Sales Cycle Demo Sp. z o.o.");
    String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    assertThat(body).contains("Attached is our quote " + number + ", revision 1, for Buyer accept");
    byte[] attachment = pdfAttachment(mail, "quote-" + number + "-revision-1.pdf");
    assertThat(pdfText(attachment)).contains("Quote " + number + ", revision 1",
        "Sales Cycle licence, per seat", "Onboarding workshop day",
        "2,700.00 EUR", "3,937.50 EUR", "6,637.50 EUR", "8,164.13 EUR");
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as("acceptance link in " + body).isTrue();
    String token = link.group(1);

    assertThat(task(instance, "Task_RecordCustomerDecision")).isNotNull();
    Date validUntil = (Date) runtime.getVariable(instance, "quoteValidUntil");
    assertThat(Duration.between(beforeSending, validUntil.toInstant()))
        .isBetween(Duration.ofDays(30).minusMinutes(1), Duration.ofDays(30).plusMinutes(1));

    ResponseEntity<byte[]> download = http.withBasicAuth("rita-quote", PASSWORD)
        .getForEntity("/api/leads/" + leadId + "/quotes/1.pdf", byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(download.getHeaders().get("Content-Security-Policy"))
        .containsExactly("frame-ancestors 'none'");
    assertThat(download.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(download.getBody()).isEqualTo(attachment);
    JsonNode revisions = JSON.readTree(http.withBasicAuth("rita-quote", PASSWORD)
        .getForObject("/api/leads/" + leadId + "/quotes", String.class));
    assertThat(revisions).hasSize(1);
    assertThat(revisions.get(0).get("grossTotal").decimalValue()).isEqualByComparingTo("8164.13");
    assertThat(revisions.get(0).get("sentTo").asText()).isEqualTo("buyer@accept.example");
    assertThat(revisions.get(0).get("number").asText()).isEqualTo(number);
    assertThat(revisions.get(0).get("lines")).hasSize(2);
    assertThat(http.getForEntity("/api/leads/" + leadId + "/quotes/1.pdf", String.class)
        .getStatusCode()).as("the PDF needs a login").isEqualTo(HttpStatus.UNAUTHORIZED);

    // a tampered and an expired link show why and change nothing
    String tampered = token.substring(0, token.indexOf('.')) + "." + "A".repeat(43);
    assertPage(open(tampered), HttpStatus.BAD_REQUEST, "This link is not valid");
    assertPage(accept(tampered), HttpStatus.BAD_REQUEST, "This link is not valid");
    long quoteId = jdbc.queryForObject("select id from quote where lead_id = ?", Long.class, leadId);
    String expired = tokens.issue(quoteId, Instant.now().minus(Duration.ofDays(1)));
    assertPage(open(expired), HttpStatus.GONE, "This quote has expired");
    assertPage(accept(expired), HttpStatus.GONE, "This quote has expired");
    assertThat(task(instance, "Task_RecordCustomerDecision")).as("still waiting").isNotNull();

    // the link itself only shows the quote; the customer's click on "Accept" accepts it
    ResponseEntity<String> page = open(token);
    assertPage(page, HttpStatus.OK, "Accept quote " + number);
    assertThat(page.getBody())
        .contains("Sales Cycle Demo Sp. z o.o.", "ul. Przykładowa 1, 00-001 Warszawa, Poland")
        .contains("Quote " + number + " <span class=\"revision\">revision 1</span>")
        .contains("Buyer accept", "Sales Cycle licence, per seat", "Onboarding workshop day")
        .contains("2,700.00 EUR", "3,937.50 EUR", "Tax (23%)", "8,164.13 EUR")
        .contains("Payment within 30 days", "Valid until</dt><dd>"
            + Dates.format(validUntil.toInstant()));

    // the page's PDF link: the PDF as e-mailed, for the token's holder only
    ResponseEntity<byte[]> linked = http.getForEntity("/api/quotes/pdf?token={token}",
        byte[].class, token);
    assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(linked.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(linked.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("quote-" + number + "-revision-1.pdf");
    assertThat(linked.getBody()).isEqualTo(attachment);
    assertPage(http.getForEntity("/api/quotes/pdf?token={token}", String.class, tampered),
        HttpStatus.BAD_REQUEST, "This link is not valid");
    assertThat(http.getForEntity("/api/quotes/pdf?token={token}", byte[].class, expired)
        .getStatusCode()).as("an expired quote can still be read").isEqualTo(HttpStatus.OK);
    assertThat(task(instance, "Task_RecordCustomerDecision")).as("opening accepts nothing")
        .isNotNull();
    assertPage(accept(token), HttpStatus.OK, "You accepted quote " + number + ", revision 1");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance)
        .activityIdIn("Task_ConvertToCustomer").count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select accepted_at from quote where id = ?", Instant.class,
        quoteId)).isNotNull();

    // a second click
    assertPage(accept(token), HttpStatus.CONFLICT, "Already accepted");
    assertPage(open(token), HttpStatus.CONFLICT, "Already accepted");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId("BoundaryEvent_QuoteAccepted").count()).isEqualTo(1);
  }

  @Test
  void aPolishCustomerGetsTheQuoteMailPdfAndPageInPolish() throws Exception {
    String leadId = createLead("polska", "PL");
    String instance = walkToPrepareQuote(leadId);
    submitForm(task(instance, "Task_PrepareQuote"), """
        [{"product": "LIC-SEAT", "quantity": 25, "discountPercent": 10},
         {"product": "WS-DAY", "quantity": 3, "discountPercent": 12.5}]""", "NET_30");
    String number = runtime.getVariable(instance, "quoteNumber").toString();
    executeJob(instance);
    Instant validUntil = ((Date) runtime.getVariable(instance, "quoteValidUntil")).toInstant();
    String polishDate = Dates.format(validUntil, CustomerLanguage.POLISH);
    assertThat(polishDate).matches("\\d{1,2} \\p{L}+ \\d{4}").doesNotContain(
        Dates.format(validUntil).split(" ")[1]);

    MimeMessage mail = onlyMail();
    assertThat(mail.getSubject()).isEqualTo("Oferta " + number + ", wersja 1 od "
        + "Sales Cycle Demo Sp. z o.o.");
    assertThat(plainText(mail))
        .contains("Dzień dobry ", "dziękujemy za zainteresowanie. W załączniku przesyłamy ofertę "
            + number + ", wersja 1 dla Buyer polska: razem 8\u00a0164,13 EUR (6\u00a0637,50 EUR "
            + "netto plus VAT).", "Warunki płatności: Płatność w ciągu 30 dni od dostawy.",
            "Oferta jest ważna do " + polishDate + ".", "Z wyrazami szacunku")
        .doesNotContain("Dear", "Quote", "Payment");
    byte[] pdf = pdfAttachment(mail, "quote-" + number + "-revision-1.pdf");
    assertThat(pdfText(pdf)).contains("Oferta " + number + ", wersja 1",
        "Produkt", "Ilość", "Cena jedn.", "Rabat", "Wartość netto",
        "2\u00a0700,00 EUR", "3\u00a0937,50 EUR", "Razem netto", "6\u00a0637,50 EUR",
        "VAT (23%)", "Razem brutto", "8\u00a0164,13 EUR", "Rabat (11,5%)", "12,5%",
        "ważna do " + polishDate, "Warunki płatności: Płatność w ciągu 30 dni od dostawy")
        .doesNotContain("Quote", "Total", "Payment");

    Matcher link = LINK.matcher(plainText(mail));
    assertThat(link.find()).isTrue();
    ResponseEntity<String> page = open(link.group(1));
    assertPage(page, HttpStatus.OK, "Akceptuję ofertę " + number);
    assertThat(page.getBody()).contains("<html lang=\"pl\">",
        "Ważna do</dt><dd>" + polishDate, "Razem brutto", "8\u00a0164,13 EUR");
  }

  @Test
  void anInvalidQuoteKeepsTheTaskOpenAndNamesEveryField() {
    String leadId = createLead("invalid");
    String instance = walkToPrepareQuote(leadId);
    Task prepare = task(instance, "Task_PrepareQuote");

    ResponseEntity<String> refused = submitForm(prepare, """
        [{"product": "NO-SUCH", "quantity": 1},
         {"product": "LIC-SEAT", "quantity": 0, "discountPercent": 100}]""", "NET_30");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("lineItems[0].product 'NO-SUCH' is not an active product")
        .contains("lineItems[1].quantity").contains("lineItems[1].discountPercent");
    ResponseEntity<String> refusedList = http.withBasicAuth("rita-quote", PASSWORD).postForEntity(
        "/engine-rest/task/" + prepare.getId() + "/complete", Map.of("variables", Map.of(
            "lineItems", Map.of("type", "Json", "value", "[{\"product\": \"LIC-SEAT\"}]"),
            "paymentTerms", Map.of("value", "NET_30"))), String.class);
    assertThat(refusedList.getStatusCode()).as("a REST client's lineItems")
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refusedList.getBody()).contains("lineItems[0].quantity must be a whole number");
    assertThat(task(instance, "Task_PrepareQuote").getId()).isEqualTo(prepare.getId());
    assertThat(jdbc.queryForObject("select count(*) from quote where lead_id = ?", Long.class,
        leadId)).isZero();
  }

  @Test
  void aMailServerThatIsDownFailsTheJobUntilItIsBackAndTheQuoteIsNotSentMeanwhile()
      throws Exception {
    String leadId = createLead("down");
    String instance = walkToPrepareQuote(leadId);
    assertThat(submitForm(task(instance, "Task_PrepareQuote"), """
        [{"product": "SUP-ANNUAL", "quantity": 1}]""", "PREPAYMENT").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    smtp.stop();
    try {
      Job job = job(instance);
      assertThatThrownBy(() -> management.executeJob(job.getId()))
          .hasMessageContaining("could not be e-mailed to buyer@down.example");
      assertThat(job(instance).getRetries()).as("retried later").isPositive();
      management.setJobRetries(job.getId(), 1);
      assertThatThrownBy(() -> management.executeJob(job.getId()));
      assertThat(runtime.createIncidentQuery().processInstanceId(instance).singleResult()
          .getIncidentMessage()).contains("could not be e-mailed");
      assertThat(jdbc.queryForObject("select count(*) from quote where lead_id = ? "
          + "and sent_at is null and pdf is null", Long.class, leadId)).isEqualTo(1);
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance)
          .activityIdIn("Task_SendQuote").count()).isEqualTo(1);
    } finally {
      smtp.start();
    }

    // an administrator retries the incident in Cockpit once the server is back
    management.setJobRetries(job(instance).getId(), 1);
    executeJob(instance);
    assertThat(onlyMail().getAllRecipients()).extracting(Object::toString)
        .containsExactly("buyer@down.example");
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(task(instance, "Task_RecordCustomerDecision")).isNotNull();
  }

  // ---- helpers

  private String createLead(String name) {
    return createLead(name, "DE");
  }

  private String createLead(String name, String country) {
    Map<String, Object> lead = Leads.qualifiedLead();
    lead.put("country", country);
    lead.put("contactEmail", "buyer@" + name + ".example");
    lead.put("companyName", "Buyer " + name);
    ResponseEntity<JsonNode> created = http.withBasicAuth("webform-quote", PASSWORD)
        .postForEntity("/api/leads", lead, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("id").asText();
  }

  private String walkToPrepareQuote(String leadId) {
    String instance = runtime.createProcessInstanceQuery().variableValueEquals("leadId", leadId)
        .singleResult().getId();
    tasks.complete(task(instance, "Task_QualifyLead").getId(),
        Map.of("qualificationDecision", "QUALIFY", "interestConfirmed", true));
    tasks.complete(task(instance, "Task_HoldDiscoveryDialogue").getId(),
        Map.of("dialogueOutcome", "PROSPECT"));
    Evaluation.pass(management, tasks, instance);
    assertThat(task(instance, "Task_PrepareQuote")).isNotNull();
    // the demo's invitation went to the same contact; only the quote's e-mails count here
    smtp.reset();
    return instance;
  }

  private ResponseEntity<String> submitForm(Task task, String lineItems, String paymentTerms) {
    Map<String, Object> variables = Map.of(
        "lineItems", Map.of("type", "Json", "value", lineItems),
        "paymentTerms", Map.of("value", paymentTerms),
        "quoteValidityDays", Map.of("value", 30));
    tasks.claim(task.getId(), "rita-quote");
    return http.withBasicAuth("rita-quote", PASSWORD).postForEntity(
        "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables),
        String.class);
  }

  private Task task(String instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key)
        .singleResult();
  }

  private Job job(String instance) {
    return management.createJobQuery().processInstanceId(instance).singleResult();
  }

  private void executeJob(String instance) {
    management.executeJob(job(instance).getId());
  }

  private MimeMessage onlyMail() {
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    return received[0];
  }

  private ResponseEntity<String> open(String token) {
    return http.getForEntity("/api/quotes/accept?token={token}", String.class, token);
  }

  private ResponseEntity<String> accept(String token) {
    var form = new LinkedMultiValueMap<String, String>();
    form.add("token", token);
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return http.postForEntity("/api/quotes/accept", new HttpEntity<>(form, headers), String.class);
  }

  private static void assertPage(ResponseEntity<String> page, HttpStatus status, String text) {
    assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(status);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody()).contains(text);
    assertThat(page.getHeaders().get("Content-Security-Policy")).as("no scripts, its own form")
        .containsExactly(AcceptancePage.CONTENT_SECURITY_POLICY);
    assertThat(AcceptancePage.CONTENT_SECURITY_POLICY).startsWith("default-src 'none';")
        .contains("form-action 'self'", "frame-ancestors 'none'").doesNotContain("script");
    assertThat(page.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
  }

  private static byte[] pdfAttachment(MimeMessage mail, String fileName) throws Exception {
    Multipart parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        assertThat(part.getContentType()).startsWith("application/pdf");
        assertThat(part.getFileName()).isEqualTo(fileName);
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no PDF attached");
  }

  /** The mail's text part, decoded. */
  private static String plainText(MimeMessage mail) throws Exception {
    Multipart parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (part.isMimeType("text/plain")) {
        return (String) part.getContent();
      }
      if (part.isMimeType("multipart/*")) {
        Multipart inner = (Multipart) part.getContent();
        for (int j = 0; j < inner.getCount(); j++) {
          if (inner.getBodyPart(j).isMimeType("text/plain")) {
            return (String) inner.getBodyPart(j).getContent();
          }
        }
      }
    }
    throw new AssertionError("no text part");
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
