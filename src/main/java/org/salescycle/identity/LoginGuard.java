package org.salescycle.identity;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Wrong passwords counted per client address for every login (see {@code engine.GuardedLogins}). */
@Configuration
class LoginGuard {

  @Bean
  WrongPasswords wrongPasswords(LoginProperties properties) {
    return new WrongPasswords(properties);
  }

  /** First of all filters, so the client is known to every login that follows. */
  @Bean
  FilterRegistrationBean<ClientAddress> clientAddress() {
    var registration = new FilterRegistrationBean<>(new ClientAddress());
    registration.setName("client-address");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
