package org.salescycle.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.salescycle.IntegrationTest;
import org.salescycle.board.BoardLeads;
import org.salescycle.browser.Browser;
import org.salescycle.browser.BrowserExtension;
import org.salescycle.events.LeadEvents;
import org.salescycle.lead.LeadCorrections;
import org.salescycle.process.Evaluation;
import org.salescycle.process.Leads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/**
 * A rep's day in the real Camunda Tasklist, in a real Chromium: start a lead from the start form,
 * find and claim "Qualify lead" in the reps' queue, fill its form and complete it; a list of
 * leads that shows each one's company, stage, value and due date, searched by company, with the
 * next step of a completed one in "My tasks"; a start form
 * with a number out of range that cannot be sent; a form with a missing required answer that
 * stays open; a lead's figures corrected in "Qualify lead"; a quote prepared from catalogue
 * lines; the rep's pipeline board, one click from Tasklist's header, whose cards lead to
 * their tasks, and a manager choosing the rep whose board she sees. The engine is asked afterwards what really happened.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith({BrowserExtension.class, OutputCaptureExtension.class})
class TasklistBrowserTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired LeadCorrections corrections;
  @Autowired LeadEvents events;

  @Test
  void aRepStartsALeadFromTheStartFormThenQualifiesIt(Browser browser) {
    String company = "Initech " + UUID.randomUUID().toString().substring(0, 6);
    browser.logIn("tasklist", "rita", "rita");
    openStartForm(browser);

    fill(browser, "CompanyName", company);
    choose(browser, "Country", "Poland");
    fill(browser, "ContactName", "Peter Gibbons");
    fill(browser, "ContactEmail", "peter@" + company.replace(' ', '-').toLowerCase() + ".com");
    fill(browser, "AnnualRevenue", "4000000");
    fill(browser, "Employees", "80");
    fill(browser, "YearsInBusiness", "10");
    fill(browser, "EstimatedDealValue", "30000");
    choose(browser, "NeedLevel", "High");
    fill(browser, "PlannedPurchase", YearMonth.now(ZoneOffset.UTC).plusMonths(4).toString());
    browser.click(By.cssSelector("input[id$='-Field_BudgetConfirmed']"));
    browser.click(By.cssSelector("input[id$='-Field_DecisionMaker']"));
    browser.screenshot("tasklist-start-form");
    browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"));

    ProcessInstance lead = await(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey("sales-cycle").variableValueEquals("companyName", company).singleResult());
    assertThat(runtime.getActiveActivityIds(lead.getId())).containsExactly("Task_QualifyLead");
    assertThat(runtime.getVariable(lead.getId(), "country")).isEqualTo("PL");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(lead.getId())
        .singleResult().getStartUserId()).isEqualTo("rita");

    Task qualify = tasks.createTaskQuery().processInstanceId(lead.getId()).singleResult();
    openInQueue(browser, "Sales reps queue", qualify);
    browser.click(By.cssSelector("button.claim"));
    browser.click(By.xpath("//label[contains(normalize-space(),'Qualify: hold a discovery dialogue')]/input"));
    browser.click(By.cssSelector("input[id$='-Field_InterestConfirmed']"));
    browser.click(By.xpath("//button[normalize-space()='Complete']"));

    await(() -> runtime.getActiveActivityIds(lead.getId()).contains("Task_HoldDiscoveryDialogue") ? true : null);
    assertThat(runtime.getVariable(lead.getId(), "qualificationDecision")).isEqualTo("QUALIFY");
    assertThat(runtime.getVariable(lead.getId(), "interestConfirmed")).isEqualTo(true);
    assertThat(history.createHistoricTaskInstanceQuery().taskId(qualify.getId()).singleResult()
        .getAssignee()).isEqualTo("rita");
  }

  @Test
  void aRepSeesWhichLeadEachTaskIsFindsOneByItsCompanyAndHerNextStepComesToHer(Browser browser) {
    String run = UUID.randomUUID().toString().substring(0, 4);
    ProcessInstance umbrella = start("Umbrella Corp " + run, 120_000.0);
    start("Soylent " + run, 45_500.0);
    start("Cyberdyne Systems " + run, 980_000.0);
    browser.logIn("tasklist", "rita", "rita");
    browser.click(By.xpath("//a[contains(normalize-space(),'Sales reps queue')]"));

    assertCard(browser, "Umbrella Corp " + run, "Qualify lead", "Qualifying", "120,000.00 EUR");
    assertCard(browser, "Soylent " + run, "Qualify lead", "Qualifying", "45,500.00 EUR");
    assertCard(browser, "Cyberdyne Systems " + run, "Qualify lead", "Qualifying", "980,000.00 EUR");

    browser.click(card("Umbrella Corp " + run));
    browser.find(By.xpath("//h2[normalize-space()='Qualify lead']"));
    browser.click(By.cssSelector("button.claim"));
    browser.click(By.xpath("//label[contains(normalize-space(),'Qualify: hold a discovery dialogue')]/input"));
    browser.click(By.cssSelector("input[id$='-Field_InterestConfirmed']"));
    browser.screenshot("tasklist-qualify-lead");

    searchByCompany(browser, "umbrella corp " + run);
    browser.waitForText(By.cssSelector(".tasks-list"), "Umbrella Corp " + run);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver ->
        driver.findElements(card("Soylent " + run)).isEmpty()
            && driver.findElements(card("Cyberdyne Systems " + run)).isEmpty());
    assertThat(browser.driver().findElements(By.cssSelector(".tasks-list li.task"))).hasSize(1);
    browser.screenshot("tasklist-search-by-company");

    browser.click(By.xpath("//button[normalize-space()='Complete']"));
    Task dialogue = await(() -> task(umbrella, "Task_HoldDiscoveryDialogue"));
    assertThat(dialogue.getAssignee()).isEqualTo("rita");
    browser.click(By.xpath("//a[contains(normalize-space(),'My tasks')]"));
    assertCard(browser, "Umbrella Corp " + run, "Hold discovery dialogue", "Qualifying",
        "120,000.00 EUR");
    browser.screenshot("tasklist-my-tasks");
  }

  @Test
  void theStartFormRefusesANumberBeyondWhatTheLeadRulesTakeBeforeSendingIt(Browser browser) {
    String company = "Overflow " + UUID.randomUUID().toString().substring(0, 6);
    browser.logIn("tasklist", "rita", "rita");
    openStartForm(browser);
    fill(browser, "CompanyName", company);
    choose(browser, "Country", "Poland");
    fill(browser, "ContactName", "Bill Lumbergh");
    fill(browser, "ContactEmail", "bill@overflow.example");
    fill(browser, "AnnualRevenue", "4000000");
    fill(browser, "Employees", "99999999999");
    fill(browser, "YearsInBusiness", "10");
    fill(browser, "EstimatedDealValue", "30000");
    choose(browser, "NeedLevel", "High");
    fill(browser, "PlannedPurchase", YearMonth.now(ZoneOffset.UTC).plusMonths(4).toString());

    browser.waitForText(By.cssSelector(".fjs-form-field-error"), "maximum value of 2147483647");
    assertThat(browser.find(By.xpath(
        "//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']")).isEnabled())
        .isFalse();
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("companyName", company)
        .count()).isZero();
  }

  @Test
  void aFormWithAMissingRequiredAnswerStaysOpenWithAMessage(Browser browser) {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    Task qualify = tasks.createTaskQuery().processInstanceId(lead.getId()).singleResult();
    browser.logIn("tasklist", "rita", "rita");
    openInQueue(browser, "Sales reps queue", qualify);
    browser.click(By.cssSelector("button.claim"));
    browser.find(By.cssSelector("input[id$='-Field_QualificationDecision-0']"));

    browser.click(By.xpath("//button[normalize-space()='Complete']"));

    browser.waitForText(By.cssSelector(".fjs-form-field-error"), "required");
    browser.screenshot("tasklist-required-field");
    assertThat(tasks.createTaskQuery().taskId(qualify.getId()).count()).isEqualTo(1);
    assertThat(runtime.getActiveActivityIds(lead.getId())).containsExactly("Task_QualifyLead");
  }

  @Test
  void aRepCorrectsTheLeadsFiguresInQualifyLeadAndTheLeadIsAssessedAgain(Browser browser) {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    Task qualify = task(lead, "Task_QualifyLead");
    browser.logIn("tasklist", "rita", "rita");
    openInQueue(browser, "Sales reps queue", qualify);
    browser.click(By.cssSelector("button.claim"));

    browser.click(By.xpath("//label[contains(normalize-space(),'Correct the lead')]/input"));
    fill(browser, "CorrectedCompanyName", "Acme Polska Sp. z o.o.");
    fill(browser, "CorrectedAnnualRevenue", "800000");
    choose(browser, "CorrectedBudgetConfirmed", "No");
    typeUntilKept(browser, By.cssSelector("textarea[id$='-Field_CorrectionReason']"),
        "Revenue was in PLN");
    // the whole correction group, from its heading, in the picture
    browser.driver().executeScript("(arguments[0].closest('.fjs-form-field-group') || arguments[0])"
        + ".scrollIntoView({block: 'start'});",
        browser.find(By.cssSelector("input[id$='-Field_CorrectedCompanyName']")));
    browser.screenshot("tasklist-correct-lead");
    browser.click(By.xpath("//button[normalize-space()='Complete']"));

    Task again = await(() -> {
      Task open = task(lead, "Task_QualifyLead");
      return open != null && !open.getId().equals(qualify.getId()) ? open : null;
    });
    assertThat(again).isNotNull();
    assertThat(runtime.getVariable(lead.getId(), "annualRevenue")).isEqualTo(800_000.0);
    assertThat(runtime.getVariable(lead.getId(), "budgetConfirmed")).isEqualTo(false);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(lead.getId()).singleResult()
        .getBusinessKey()).as("the business key names the corrected company")
        .matches("L-\\d{4}-\\d{5} Acme Polska Sp\\. z o\\.o\\.");
    assertThat(runtime.getVariable(lead.getId(), "employees")).as("left empty: kept").isEqualTo(120);
    assertThat(corrections.of((String) runtime.getVariable(lead.getId(), "leadId")))
        .singleElement().satisfies(correction -> {
          assertThat(correction.by()).isEqualTo("rita");
          assertThat(correction.reason()).isEqualTo("Revenue was in PLN");
          assertThat(correction.changes()).extracting(LeadCorrections.Change::field)
              .containsExactlyInAnyOrder("companyName", "annualRevenue", "budgetConfirmed");
        });
  }

  @Test
  void aRepPreparesAQuoteFromCatalogueLines(Browser browser) {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    walkToPrepareQuote(lead);
    Task prepare = tasks.createTaskQuery().processInstanceId(lead.getId()).singleResult();
    tasks.claim(prepare.getId(), "rita");
    browser.logIn("tasklist", "rita", "rita");
    openInQueue(browser, "Sales reps queue", prepare);

    line(browser, 1, "LIC-SEAT", "25", "10");
    line(browser, 2, "WS-DAY", "3", "12.5");
    choose(browser, "PaymentTerms", "Payment within 30 days of delivery");
    browser.screenshot("tasklist-prepare-quote");
    browser.click(By.xpath("//button[normalize-space()='Complete']"));

    await(() -> runtime.getActiveActivityIds(lead.getId()).contains("Task_SendQuote") ? true : null);
    assertThat(runtime.getVariables(lead.getId()))
        .containsEntry("paymentTerms", "NET_30")
        .containsEntry("quoteAmount", 7_500.0)
        .containsEntry("discountPercent", 11.5)
        .containsEntry("quoteNetAmount", 6_637.5);
    assertThat(runtime.getVariable(lead.getId(), "line1"))
        .as("the form's lines end with the task (the quote table keeps them)").isNull();
  }

  @Test
  void aRepOpensHerPipelineFromTasklistAndACardLeadsToItsTask(Browser browser) {
    BoardLeads leads = new BoardLeads(runtime, tasks, management, events);
    BoardLeads.BoardLead kowalski = leads.qualifying("ray", "Kowalski Logistics", 12_300.5, 3);
    leads.qualifying("ray", "Vistula Foods", 8_500, 1);
    leads.urgent("ray", leads.evaluating("ray", "Nordwind Energie", 250_000, 6));
    leads.evaluating("ray", "Tatra Machines", 64_000, 2);
    leads.proposal("ray", "Baltic Freight", 48_000, 9);

    browser.go("/my-pipeline/");
    browser.find(By.cssSelector("input[ng-model='username']"));
    assertThat(browser.currentUrl()).as("without a login: Tasklist's").contains("/app/tasklist/");

    browser.logIn("tasklist", "ray", "ray");
    browser.click(By.xpath("//a[normalize-space()='My pipeline']"));
    browser.find(By.cssSelector("main[data-board='loaded']"));

    assertThat(browser.driver().findElements(By.cssSelector("section.column h2")))
        .extracting(WebElement::getText).containsExactly(
            "Lead", "Qualifying", "Nurture", "Prospect", "Evaluation", "Proposal");
    assertThat(browser.find(By.cssSelector("main.board")).getCssValue("display"))
        .as("its stylesheet loads under its policy").isEqualTo("grid");
    WebElement card = browser.find(By.cssSelector("li[data-lead='" + kowalski.leadId() + "']"));
    assertThat(card.getText()).contains("Kowalski Logistics", "12,300.50 EUR",
        "3 days in stage", "Qualify lead");
    WebElement urgent = browser.find(By.xpath("//li[contains(@class,'urgent')]"));
    assertThat(urgent.getText()).contains("Nordwind Energie", "Urgent", "250,000.00 EUR",
        "6 days in stage");
    assertThat(browser.find(By.cssSelector("section[data-stage='EVALUATION'] .summary")).getText())
        .isEqualTo("2 leads · 314,000.00 EUR");
    assertThat(browser.find(By.linkText("Back to Tasklist")).getAttribute("href"))
        .endsWith("/camunda/app/tasklist/default/");
    browser.driver().manage().window().setSize(new Dimension(1400, 450));
    browser.screenshot("rep-pipeline-board");

    browser.driver().manage().window().setSize(new Dimension(390, 844));
    assertThat(browser.find(By.cssSelector("section[data-stage='LEAD']")).getRect().getWidth())
        .as("on a phone the columns stack, full width").isGreaterThan(300);
    browser.screenshot("rep-pipeline-board-phone");
    browser.driver().manage().window().setSize(new Dimension(1400, 1000));

    browser.click(By.cssSelector("li[data-lead='" + kowalski.leadId() + "'] a"));
    browser.find(By.xpath("//h2[normalize-space()='Qualify lead']"));
    assertThat(browser.currentUrl()).contains("/app/tasklist/").contains(kowalski.task().getId());
    assertThat(browser.find(By.cssSelector("input[id$='-Field_CompanyName']"))
        .getAttribute("value")).isEqualTo("Kowalski Logistics");
  }

  @Test
  void aManagerChoosesTheRepWhosePipelineSheSees(Browser browser) {
    BoardLeads.BoardLead lead = new BoardLeads(runtime, tasks, management, events)
        .qualifying("rita", "Chosen By Mia GmbH", 21_000, 2);

    browser.logIn("tasklist", "mia", "mia");
    browser.click(By.xpath("//a[normalize-space()='My pipeline']"));
    browser.find(By.cssSelector("main[data-board='loaded']"));
    new Select(browser.find(By.id("rep"))).selectByVisibleText("Rita Rep");

    browser.find(By.cssSelector("li[data-lead='" + lead.leadId() + "']"));
    assertThat(browser.currentUrl()).endsWith("/my-pipeline/?rep=rita");
    assertThat(browser.find(By.id("title")).getText()).isEqualTo("Pipeline of Rita Rep");
    assertThat(browser.find(By.cssSelector("li[data-lead='" + lead.leadId() + "']")).getText())
        .contains("Chosen By Mia GmbH", "21,000.00 EUR", "2 days in stage", "Qualify lead");
  }

  @Test
  void theStartFormRefusesAnEmailTheLeadRulesRefuseBeforeSendingIt(Browser browser) {
    String company = "Typo " + UUID.randomUUID().toString().substring(0, 6);
    browser.logIn("tasklist", "rita", "rita");
    openStartForm(browser);
    fill(browser, "CompanyName", company);
    fill(browser, "ContactEmail", "anna@acme");
    choose(browser, "Country", "Poland");

    browser.waitForText(By.cssSelector(".fjs-form"),
        "The e-mail address needs a domain with a dot after the @");
    browser.screenshot("tasklist-start-form-bad-email");
    assertThat(browser.find(By.xpath(
        "//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']")).isEnabled())
        .isFalse();
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("companyName", company)
        .count()).isZero();
  }

  @Test
  void aRefusalOfTheServerReadsAsOneSentenceAndLogsNoError(Browser browser, CapturedOutput log) {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    walkToPrepareQuote(lead);
    runtime.setVariable(lead.getId(), "creditLimit", 1_000.0);
    Task prepare = tasks.createTaskQuery().processInstanceId(lead.getId()).singleResult();
    tasks.claim(prepare.getId(), "rita");
    browser.logIn("tasklist", "rita", "rita");
    openInQueue(browser, "Sales reps queue", prepare);
    line(browser, 1, "WS-DAY", "2", "0");
    choose(browser, "PaymentTerms", "Payment within 30 days of delivery");
    browser.click(By.xpath("//button[normalize-space()='Complete']"));

    By refusal = By.xpath("//*[contains(@class,'notification')][contains(., 'credit limit')]");
    browser.waitForText(refusal, "credit limit");
    String shown = browser.find(refusal).getText();
    browser.screenshot("tasklist-refused-quote");
    assertThat(shown).contains("Payment within 30 days of delivery leaves 3,690.00 EUR to be paid "
        + "after delivery, above the approved credit limit of 1,000.00 EUR")
        .doesNotContain("paymentTerms", "NET_30", "ENGINE-", "500", prepare.getId(),
            lead.getProcessDefinitionId());
    assertThat(tasks.createTaskQuery().taskId(prepare.getId()).count()).isEqualTo(1);
    assertThat(log.getAll()).doesNotContain("ERROR");
  }

  @Test
  void qualifyLeadShowsTheLeadInWordsAndRecordsTheRepsOwnReasonWhenSheOverridesTheRules(
      Browser browser) {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    Task qualify = task(lead, "Task_QualifyLead");
    browser.logIn("tasklist", "rita", "rita");
    openInQueue(browser, "Sales reps queue", qualify);
    browser.click(By.cssSelector("button.claim"));

    assertThat(value(browser, "Stage")).isEqualTo("Qualifying");
    assertThat(value(browser, "NeedLevel")).isEqualTo("High");
    assertThat(value(browser, "AnnualRevenue")).isEqualTo("5,000,000.00 EUR");
    assertThat(value(browser, "EstimatedDealValue")).isEqualTo("40,000.00 EUR");
    assertThat(value(browser, "Employees")).isEqualTo("120");
    assertThat(value(browser, "Country")).isEqualTo("Poland (PL)");
    browser.waitForText(By.cssSelector(".fjs-form"), "Rules recommend: Qualify");

    browser.click(By.xpath("//label[contains(normalize-space(),'Disqualify: close the lead')]/input"));
    browser.click(By.xpath("//button[normalize-space()='Complete']"));
    browser.waitForText(By.cssSelector(".fjs-form-field-error"), "required");
    assertThat(tasks.createTaskQuery().taskId(qualify.getId()).count()).isEqualTo(1);

    fill(browser, "OwnQualificationReason", "Bought from a competitor last week");
    browser.click(By.xpath("//button[normalize-space()='Complete']"));

    await(() -> history.createHistoricProcessInstanceQuery().processInstanceId(lead.getId())
        .finished().singleResult());
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(lead.getId())
        .variableName("qualificationReason").singleResult().getValue())
        .isEqualTo("Bought from a competitor last week");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(lead.getId())
        .variableName("ownQualificationReason").count()).isZero();
  }

  @Test
  void prepareQuoteShowsTheRunningTotalsAndWhetherAManagerMustApproveBeforeComplete(
      Browser browser) {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    walkToPrepareQuote(lead);
    Task prepare = tasks.createTaskQuery().processInstanceId(lead.getId()).singleResult();
    tasks.claim(prepare.getId(), "rita");
    browser.logIn("tasklist", "rita", "rita");
    openInQueue(browser, "Sales reps queue", prepare);

    By totals = By.xpath("//div[contains(@class,'fjs-form-field-text')]"
        + "[contains(., 'Quote so far') or contains(., 'totals appear here')]");
    browser.waitForText(totals, "The quote's totals appear here once a line has a product");
    line(browser, 1, "LIC-SEAT", "25", "10");
    line(browser, 2, "WS-DAY", "3", "12.5");
    browser.waitForText(totals, "Discount (11.5%)");
    assertThat(browser.find(totals).getText())
        .contains("List value", "7,500.00 EUR", "Discount (11.5%)", "862.50 EUR",
            "Net total", "6,637.50 EUR", "Tax (23%)", "1,526.63 EUR", "Total", "8,164.13 EUR")
        .contains("No approval needed");

    replace(browser, "Line2DiscountPercent", "45");
    browser.waitForText(totals, "A manager must approve this discount");
    assertThat(browser.find(totals).getText()).contains("is more than the 20%");
    assertThat(tasks.createTaskQuery().taskId(prepare.getId()).count()).isEqualTo(1);
  }

  @Test
  void aManagerSeesTheLinesOfTheQuoteSheIsAskedToApprove(Browser browser) {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    walkToPrepareQuote(lead);
    tasks.complete(task(lead, "Task_PrepareQuote").getId(), Map.of(
        "lineItems", "[{\"product\": \"LIC-SEAT\", \"quantity\": 25, \"discountPercent\": 30},"
            + " {\"product\": \"WS-DAY\", \"quantity\": 3, \"discountPercent\": 25}]",
        "paymentTerms", "NET_30"));
    Task approve = task(lead, "Task_ApproveDiscount");
    assertThat(approve).as("a discount above what a rep may give").isNotNull();
    browser.logIn("tasklist", "mia", "mia");
    openInQueue(browser, "Manager approvals", approve);

    browser.waitForText(By.tagName("body"), "Onboarding workshop day (WS-DAY)");
    String table = browser.find(By.xpath("//table")).getText();
    assertThat(table).contains("Sales Cycle licence, per seat (LIC-SEAT)", "25", "120.00 EUR",
        "30%", "2,100.00 EUR", "Onboarding workshop day (WS-DAY)", "1,500.00 EUR", "25%",
        "3,375.00 EUR");
    assertThat(value(browser, "QuoteAmount")).isEqualTo("7,500.00 EUR");
    assertThat(value(browser, "DiscountPercent")).isEqualTo("27%");
    assertThat(value(browser, "QuoteNetAmount")).isEqualTo("5,475.00 EUR");
    browser.screenshot("tasklist-approve-discount");
  }

  /** Opens the start form of the sales cycle, as a rep does from Tasklist's header. */
  private static void openStartForm(Browser browser) {
    browser.click(By.xpath("//a[normalize-space()='Start process']"));
    browser.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='Sales cycle']"));
  }

  /** What a read-only field of the open form shows. */
  private static String value(Browser browser, String field) {
    return browser.find(By.cssSelector("input[id$='-Field_" + field + "']")).getAttribute("value");
  }

  private ProcessInstance start(String company, double value) {
    Map<String, Object> lead = Leads.qualifiedLead();
    lead.put("companyName", company);
    lead.put("estimatedDealValue", value);
    return runtime.startProcessInstanceByKey("sales-cycle", lead);
  }

  /** A task in the list, by the company its lead is. */
  private static By card(String company) {
    return By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
        + "[.//*[normalize-space()='" + company + "']]");
  }

  private static void assertCard(Browser browser, String company, String taskName,
      String stage, String value) {
    String text = browser.find(card(company)).getText();
    assertThat(text).contains(taskName, stage, value, "Due");
  }

  /**
   * Searches the list as a rep would: in the search box chooses "Task Variable", names it
   * leadCompany (Tasklist offers "Company (leadCompany)" from the filter), types the company,
   * picks the operator "like" and ignores the case of values.
   */
  private static void searchByCompany(Browser browser, String company) {
    browser.type(By.cssSelector("input.main-field"), "Task Var");
    browser.click(By.xpath("//li[contains(@class,'uib-typeahead-match')]/a[@title='Task Variable']"));
    browser.find(By.xpath("//ul[contains(@class,'dropdown-menu')]"
        + "/li[normalize-space()='Company (leadCompany)']"));
    focusedSearchInput(browser).sendKeys("leadCompany", Keys.ENTER);
    browser.waitForText(By.cssSelector(".search-label .name-field"), "leadCompany");
    focusedSearchInput(browser).sendKeys(company, Keys.ENTER);
    browser.waitForText(By.cssSelector(".search-label"), company);
    pick(browser, By.cssSelector(".search-label .operator-field"),
        By.xpath("//ul[contains(@class,'dropdown-menu')]//a[normalize-space()='like']"), "like");
    browser.click(By.xpath("//div[contains(@class,'ignore-case')]//label[contains(normalize-space(),'value')]/input"));
  }

  /** The input of the search that Tasklist opened for editing, once it has the focus. */
  private static org.openqa.selenium.WebElement focusedSearchInput(Browser browser) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> {
      var active = driver.switchTo().activeElement();
      return "input".equals(active.getTagName())
          && !active.getAttribute("class").contains("main-field") ? active : null;
    });
  }

  /** Fills line {@code number} of the quote: picks the product from the catalogue. */
  private static void line(Browser browser, int number, String code,
      String quantity, String discount) {
    pick(browser, By.cssSelector("[id$='-Field_Line" + number + "Product-display']"),
        By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][contains(., '(" + code + ")')]"),
        code);
    replace(browser, "Line" + number + "Quantity", quantity);
    replace(browser, "Line" + number + "DiscountPercent", discount);
  }

  /** Types over a field that has a default value (form-js puts the default back on clear()). */
  private static void replace(Browser browser, String field, String value) {
    var input = browser.find(By.cssSelector("input[id$='-Field_" + field + "']"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
  }

  private void walkToPrepareQuote(ProcessInstance lead) {
    tasks.complete(task(lead, "Task_QualifyLead").getId(),
        Map.of("qualificationDecision", "QUALIFY", "interestConfirmed", true));
    tasks.complete(task(lead, "Task_HoldDiscoveryDialogue").getId(),
        Map.of("dialogueOutcome", "PROSPECT"));
    Evaluation.pass(management, tasks, lead.getId());
  }

  private Task task(ProcessInstance lead, String key) {
    return tasks.createTaskQuery().processInstanceId(lead.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  /**
   * Types into a field and waits until the form kept the text: a form that re-renders while the
   * keys arrive (after a choice above it) can drop them, so they are typed once more.
   */
  private static void typeUntilKept(Browser browser, By field, String text) {
    for (int attempt = 1; ; attempt++) {
      browser.type(field, text);
      try {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
            .until(ExpectedConditions.attributeToBe(field, "value", text));
        return;
      } catch (TimeoutException dropped) {
        if (attempt == 3) {
          throw dropped;
        }
      }
    }
  }

  private static void fill(Browser browser, String field, String value) {
    browser.type(By.cssSelector("input[id$='-Field_" + field + "']"), value);
  }

  private static void choose(Browser browser, String field, String option) {
    pick(browser, By.cssSelector("[id$='-Field_" + field + "-display']"),
        By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + option
            + "']"), option);
  }

  /**
   * Opens a select and clicks the option until the select shows it: a click on the select just
   * after the form rendered sometimes opens no list, the list is redrawn under the click, or the
   * option click does not take.
   */
  private static void pick(Browser browser, By select, By option, String shown) {
    var shortWait = new WebDriverWait(browser.driver(), Duration.ofSeconds(5));
    for (int attempt = 1; !browser.find(select).getText().contains(shown); attempt++) {
      if (attempt > 5) {
        browser.screenshot("failed-pick-" + System.currentTimeMillis());
        throw new AssertionError("The select did not take " + shown);
      }
      try {
        browser.click(select);
        shortWait.until(ExpectedConditions.presenceOfElementLocated(option));
        browser.click(option);
      } catch (TimeoutException | StaleElementReferenceException listGoneOrRedrawn) {
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
      }
    }
  }

  /** Opens the filter in the sidebar, then the task in it, as a rep following a link would. */
  private void openInQueue(Browser browser, String filterName, Task task) {
    String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    browser.click(By.xpath("//a[contains(normalize-space(),'" + filterName + "')]"));
    browser.go("/camunda/app/tasklist/default/#/?filter=" + filterId + "&task=" + task.getId());
    browser.find(By.xpath("//h2[normalize-space()='" + task.getName() + "']"));
  }

  private static <T> T await(Supplier<T> probe) {
    return Awaitility.await("what the browser did reaching the engine")
        .atMost(Duration.ofSeconds(20))
        .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
        .until(probe::get, Objects::nonNull);
  }
}
