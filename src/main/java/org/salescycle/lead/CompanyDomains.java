package org.salescycle.lead;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.salescycle.process.SalesCycleProperties;
import org.springframework.stereotype.Component;

/**
 * Tells a company's domain from a contact's e-mail, spelt as the mailbox spells it (see
 * {@link EmailAddress}); free-mail addresses have none.
 */
@Component
public class CompanyDomains {

  private final Set<String> freeMailDomains;

  public CompanyDomains(SalesCycleProperties properties) {
    this.freeMailDomains = properties.freeMailDomains().stream()
        .map(EmailAddress::normalDomain)
        .filter(Objects::nonNull)
        .collect(Collectors.toUnmodifiableSet());
  }

  public Optional<String> of(String email) {
    EmailAddress address = EmailAddress.of(email);
    if (!address.valid()) {
      throw new IllegalArgumentException("'%s' is not an e-mail address".formatted(email));
    }
    String domain = address.domain();
    return freeMailDomains.contains(domain) ? Optional.empty() : Optional.of(domain);
  }
}
