package org.salescycle.credit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The HTTP bureau against a real HTTP server (WireMock): answers, declines and every kind of outage. */
class HttpCreditBureauTest {

  private static final WireMockServer bureau = new WireMockServer(options().dynamicPort());
  private static final CreditRequest REQUEST = new CreditRequest("lead-1/credit-check/1", "Acme", "acme.pl", "PL",
      new BigDecimal("5000000"), 8, new BigDecimal("40000"), "NONE");

  private HttpCreditBureau client;

  @BeforeAll
  static void startBureau() {
    bureau.start();
  }

  @AfterAll
  static void stopBureau() {
    bureau.stop();
  }

  @BeforeEach
  void connect() {
    bureau.resetAll();
    client = clientWithReadTimeout(Duration.ofSeconds(10));
  }

  @Test
  void approvalCarriesTheLimit() {
    bureau.stubFor(post("/assessments")
        .withHeader("Idempotency-Key", equalTo("lead-1/credit-check/1"))
        .withRequestBody(equalToJson(
            "{\"companyName\":\"Acme\",\"companyDomain\":\"acme.pl\",\"requestedCredit\":40000}",
            true, true))
        .withRequestBody(notContaining("checkId"))
        .withRequestBody(notContaining("unknownFigures"))
        .willReturn(okJson("{\"approved\":true,\"limit\":75000,\"reason\":\"Solid payer\"}")));

    CreditAssessment assessment = client.assess(REQUEST);

    assertThat(assessment).isEqualTo(CreditAssessment.approved(new BigDecimal("75000"), "Solid payer"));
    bureau.verify(1, postRequestedFor(urlEqualTo("/assessments")));
  }

  @Test
  void declineIsAnAnswerNotAFailure() {
    bureau.stubFor(post("/assessments")
        .willReturn(okJson("{\"approved\":false,\"reason\":\"Insolvency filed\"}")));

    assertThat(client.assess(REQUEST)).isEqualTo(CreditAssessment.declined("Insolvency filed"));
  }

  @Test
  void aProspectWithUnknownFiguresIsReferredWithoutAskingTheBureau() {
    var unknown = new CreditRequest("lead-1/credit-check/1", "Acme", null, "PL",
        null, 8, new BigDecimal("40000"), null);

    assertThat(client.assess(unknown)).isEqualTo(CreditAssessment.referred(
        "Referred: payment history, annual revenue unknown, the credit bureau was not asked"));
    bureau.verify(0, postRequestedFor(urlEqualTo("/assessments")));
  }

  @Test
  void serverErrorMakesTheBureauUnavailable() {
    bureau.stubFor(post("/assessments").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client.assess(REQUEST))
        .isInstanceOf(CreditBureauUnavailableException.class)
        .hasMessageContaining(bureau.baseUrl()).hasMessageContaining("503");
  }

  @Test
  void slowAnswerTimesOut() {
    bureau.stubFor(post("/assessments")
        .willReturn(okJson("{\"approved\":true,\"limit\":1}").withFixedDelay(3_000)));
    var impatient = clientWithReadTimeout(Duration.ofMillis(300));

    assertThatThrownBy(() -> impatient.assess(REQUEST))
        .isInstanceOf(CreditBureauUnavailableException.class);
  }

  @Test
  void choosingTheHttpBureauWithoutAUrlIsRefusedAtStartup() {
    var noUrl = new HttpCreditBureauProperties(URI.create(""), null, null);

    assertThatThrownBy(() -> new HttpCreditBureau(noUrl, RestClient.builder()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sales-cycle.credit.http.url");
  }

  private static HttpCreditBureau clientWithReadTimeout(Duration readTimeout) {
    var properties = new HttpCreditBureauProperties(URI.create(bureau.baseUrl()),
        Duration.ofSeconds(2), readTimeout);
    return new HttpCreditBureau(properties, RestClient.builder());
  }

  @Test
  void answerWithoutADecisionIsNotTakenAsOne() {
    bureau.stubFor(post("/assessments").willReturn(okJson("{\"limit\":1000}")));

    assertThatThrownBy(() -> client.assess(REQUEST))
        .isInstanceOf(CreditBureauUnavailableException.class)
        .hasMessageContaining("gave no decision");
  }

  @Test
  void unreadableAnswerMakesTheBureauUnavailable() {
    bureau.stubFor(post("/assessments")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("<html>maintenance</html>")));

    assertThatThrownBy(() -> client.assess(REQUEST))
        .isInstanceOf(CreditBureauUnavailableException.class);
  }

  @Test
  void unreachableBureauIsUnavailable() {
    var properties = new HttpCreditBureauProperties(URI.create("http://127.0.0.1:1"),
        Duration.ofMillis(300), Duration.ofMillis(300));
    var nowhere = new HttpCreditBureau(properties, RestClient.builder());

    assertThatThrownBy(() -> nowhere.assess(REQUEST))
        .isInstanceOf(CreditBureauUnavailableException.class);
  }
}
