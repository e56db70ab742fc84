package org.salescycle.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.salescycle.IntegrationTest;
import org.salescycle.browser.Browser;
import org.salescycle.browser.BrowserExtension;
import org.salescycle.process.Evaluation;
import org.salescycle.process.Leads;
import org.salescycle.words.Dates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The customer's acceptance page in a real Chromium at a phone's width: letterhead, quote, lines
 * and totals readable without sideways scrolling, its own style applied under its policy, the PDF
 * link, and the "Accept" button leading to the thank-you page.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class AcceptancePageBrowserTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired Quotes quotes;
  @Autowired AcceptanceTokens tokens;

  @Test
  void aCustomerReadsAndAcceptsTheQuoteOnAPhone(Browser browser) {
    String instance = sentQuote("Żabka Logistics");
    StoredQuote sent = quotes.latest(instance).orElseThrow();
    String number = sent.quote().number();
    String token = tokens.issue(sent.id(), sent.validUntil());
    browser.driver().manage().window().setSize(new Dimension(390, 844));

    browser.go("/api/quotes/accept?token=" + token);

    browser.waitForText(By.cssSelector("h1"), "Quote " + number);
    assertThat(browser.find(By.cssSelector("h1")).getText()).isEqualTo("Quote " + number
        + " revision 1");
    assertThat(browser.find(By.cssSelector(".letterhead")).getText())
        .contains("Sales Cycle Demo Sp. z o.o.", "ul. Przykładowa 1");
    assertThat(browser.find(By.cssSelector(".facts")).getText()).contains("Żabka Logistics",
        "Valid until", Dates.format(sent.validUntil()));
    assertThat(browser.find(By.id("total")).getText()).isEqualTo("46,494.00 EUR");
    assertThat(browser.find(By.cssSelector("table.lines")).getText())
        .contains("TEST-UNIT", "37,800.00 EUR");
    assertThat(pixels(browser, "document.documentElement.scrollWidth"))
        .as("nothing wider than the phone").isLessThanOrEqualTo(
            pixels(browser, "window.innerWidth"));
    assertThat(browser.driver().executeScript(
        "return getComputedStyle(document.getElementById('accept')).backgroundColor"))
        .as("the page's own style applies under its policy").isEqualTo("rgb(47, 143, 78)");
    assertThat(browser.find(By.id("pdf")).getAttribute("href"))
        .endsWith("/api/quotes/pdf?token=" + token);
    wholePage(browser, "quote-acceptance-phone");

    browser.click(By.id("accept"));

    browser.waitForText(By.id("status"), "Thank you: quote accepted");
    assertThat(browser.find(By.id("status")).getText())
        .contains("You accepted quote " + number + ", revision 1");
    assertThat(browser.driver().findElements(By.id("accept"))).isEmpty();
    wholePage(browser, "quote-accepted-phone");
    assertThat(runtime.getActiveActivityIds(instance)).containsExactly("Task_ConvertToCustomer");
  }

  private String sentQuote(String company) {
    String instance = runtime.startProcessInstanceByKey("sales-cycle",
        Leads.with(Leads.with(Leads.qualifiedLead(), "companyName", company), "country", "DE"))
        .getId();
    complete(instance, "Task_QualifyLead", Map.of(
        "qualificationDecision", "QUALIFY", "interestConfirmed", true));
    complete(instance, "Task_HoldDiscoveryDialogue", Map.of("dialogueOutcome", "PROSPECT"));
    Evaluation.pass(management, tasks, instance);
    complete(instance, "Task_PrepareQuote", QuoteInputs.worth(42_000, 10));
    management.executeJob(management.createJobQuery().processInstanceId(instance)
        .singleResult().getId());
    assertThat(runtime.getActiveActivityIds(instance))
        .containsExactly("Task_RecordCustomerDecision");
    return instance;
  }

  private void complete(String instance, String taskKey, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(taskKey).singleResult().getId(), variables);
  }

  /** The whole page at the phone's width, for the documentation. */
  private static void wholePage(Browser browser, String name) {
    Dimension phone = browser.driver().manage().window().getSize();
    long height = pixels(browser, "document.documentElement.scrollHeight");
    browser.driver().manage().window().setSize(new Dimension(phone.width, (int) height + 160));
    browser.screenshot(name);
    browser.driver().manage().window().setSize(phone);
  }

  private static long pixels(Browser browser, String expression) {
    return ((Number) browser.driver().executeScript("return " + expression)).longValue();
  }
}
