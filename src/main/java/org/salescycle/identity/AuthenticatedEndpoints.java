package org.salescycle.identity;

import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API ships without authentication; this requires HTTP Basic credentials of an
 * engine user on every call under /engine-rest, so authorizations apply to REST clients too. The
 * metrics and operations endpoints get the same authentication, then a group check.
 */
@Configuration
class AuthenticatedEndpoints {

  static final String METRICS = "/actuator/prometheus";
  static final String OPERATIONS = "/operations/*";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter("authentication-provider",
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", METRICS, OPERATIONS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OperationsEndpointAccess> metricsAccess(IdentityService identity) {
    return access("metrics-access", METRICS,
        new OperationsEndpointAccess(identity, Set.of(CAMUNDA_ADMIN, SalesGroups.MANAGERS)));
  }

  @Bean
  FilterRegistrationBean<OperationsEndpointAccess> operationsAccess(IdentityService identity) {
    return access("operations-access", OPERATIONS,
        new OperationsEndpointAccess(identity, Set.of(CAMUNDA_ADMIN)));
  }

  private static FilterRegistrationBean<OperationsEndpointAccess> access(String name, String urls,
      OperationsEndpointAccess filter) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urls);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }
}
