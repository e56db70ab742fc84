package org.salescycle.lead;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.salescycle.process.SalesCycleProperties;
import org.springframework.stereotype.Component;

/** Tells a company's domain from a contact's e-mail; free-mail addresses have none. */
@Component
public class CompanyDomains {

  private final Set<String> freeMailDomains;

  public CompanyDomains(SalesCycleProperties properties) {
    this.freeMailDomains = properties.freeMailDomains().stream()
        .map(domain -> domain.trim().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  public Optional<String> of(String email) {
    int at = email.lastIndexOf('@');
    if (at < 0 || at == email.length() - 1) {
      throw new IllegalArgumentException("'%s' is not an e-mail address".formatted(email));
    }
    String domain = email.substring(at + 1).trim().toLowerCase(Locale.ROOT);
    return freeMailDomains.contains(domain) ? Optional.empty() : Optional.of(domain);
  }
}
