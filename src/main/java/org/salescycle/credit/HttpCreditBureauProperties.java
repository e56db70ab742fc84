package org.salescycle.credit;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the external credit bureau answers, and how long to wait for it. */
@ConfigurationProperties("sales-cycle.credit.http")
public record HttpCreditBureauProperties(URI url, Duration connectTimeout, Duration readTimeout) {

  public HttpCreditBureauProperties {
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
  }
}
