package org.salescycle.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.salescycle.identity.ElevatedAccess;
import org.salescycle.identity.PersonName;
import org.salescycle.quote.QuoteProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The organizer of a demo from the engine's users: the rep's name and e-mail address, so the
 * prospect's replies reach her. A rep without an address (or a demo no rep scheduled) is
 * organized under the company's address. The engine's services come lazily: forms' words ask for
 * organizers from an engine plugin, made before the engine.
 */
@Component
class Organizers {

  private final IdentityService identity;
  private final ElevatedAccess elevated;
  private final QuoteProperties.Company company;
  private final String companyAddress;

  Organizers(@Lazy IdentityService identity, @Lazy ElevatedAccess elevated,
      QuoteProperties quotes) {
    this.identity = identity;
    this.elevated = elevated;
    this.company = quotes.company();
    this.companyAddress = company.email() != null && !company.email().isBlank()
        ? company.email() : quotes.mail().from();
  }

  Organizer of(DemoMeeting meeting) {
    User rep = meeting.organizer() == null ? null : elevated.read(
        () -> identity.createUserQuery().userId(meeting.organizer()).singleResult());
    if (rep == null) {
      return new Organizer(company.name(), companyAddress);
    }
    boolean reachable = rep.getEmail() != null && !rep.getEmail().isBlank();
    return new Organizer(PersonName.of(rep), reachable ? rep.getEmail().trim() : companyAddress);
  }
}
