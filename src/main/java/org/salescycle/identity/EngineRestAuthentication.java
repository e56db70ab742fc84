package org.salescycle.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API ships without authentication; this requires HTTP Basic credentials of an
 * engine user on every call under /engine-rest, so authorizations apply to REST clients too. The
 * metrics endpoint gets the same authentication, then a group check.
 */
@Configuration
class EngineRestAuthentication {

  static final String METRICS = "/actuator/prometheus";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter("authentication-provider",
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", METRICS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OperationsEndpointAccess> operationsEndpointAccess(IdentityService identity) {
    var registration = new FilterRegistrationBean<>(new OperationsEndpointAccess(identity));
    registration.setName("operations-endpoint-access");
    registration.addUrlPatterns(METRICS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }
}
