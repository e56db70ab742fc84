package org.salescycle.credit;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks an external credit bureau over HTTP: {@code POST {url}/assessments} with the request as
 * JSON and the check's id as Idempotency-Key header, answered by
 * {@code {"approved": true, "limit": 50000, "reason": "..."}}. Any transport
 * error, timeout, non-2xx status or unreadable answer makes the bureau unavailable, never a decline.
 * A prospect with a figure the process does not have (payment history, years in business, revenue,
 * requested credit) is referred to a manager without asking: the bureau's contract has no way to
 * say "unknown", and an answer on a guessed figure would be no answer.
 */
@Component
@ConditionalOnProperty(name = "sales-cycle.credit.bureau", havingValue = "http")
public class HttpCreditBureau implements CreditBureau {

  record BureauAnswer(Boolean approved, BigDecimal limit, String reason) {}

  private final RestClient client;
  private final String url;

  public HttpCreditBureau(HttpCreditBureauProperties properties, RestClient.Builder builder) {
    if (properties.url() == null || properties.url().toString().isBlank()) {
      throw new IllegalStateException(
          "sales-cycle.credit.http.url must be set when sales-cycle.credit.bureau=http");
    }
    var requestFactory = new SimpleClientHttpRequestFactory();
    requestFactory.setConnectTimeout(properties.connectTimeout());
    requestFactory.setReadTimeout(properties.readTimeout());
    this.url = properties.url().toString();
    this.client = builder.baseUrl(url).requestFactory(requestFactory).build();
  }

  @Override
  public CreditAssessment assess(CreditRequest request) {
    List<String> unknown = request.unknownFigures();
    if (!unknown.isEmpty()) {
      return CreditAssessment.referred("Referred: %s unknown, the credit bureau was not asked"
          .formatted(String.join(", ", unknown)));
    }
    BureauAnswer answer;
    try {
      answer = client.post()
          .uri("/assessments")
          .header("Idempotency-Key", request.checkId())
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON)
          .body(request)
          .retrieve()
          .body(BureauAnswer.class);
    } catch (RestClientException e) {
      throw new CreditBureauUnavailableException(
          "Credit bureau at %s failed: %s".formatted(url, e.getMessage()), e);
    }
    if (answer == null || answer.approved() == null) {
      throw new CreditBureauUnavailableException(
          "Credit bureau at %s gave no decision".formatted(url), null);
    }
    return answer.approved()
        ? CreditAssessment.approved(answer.limit() == null ? BigDecimal.ZERO : answer.limit(), answer.reason())
        : CreditAssessment.declined(answer.reason());
  }
}
