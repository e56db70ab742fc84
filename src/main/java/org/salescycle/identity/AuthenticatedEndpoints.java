package org.salescycle.identity;

import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.salescycle.shared.SalesGroups;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API ships without authentication; this requires HTTP Basic credentials of an
 * engine user on every call under /engine-rest, so authorizations apply to REST clients too. The
 * metrics, operations and lead API endpoints (and the API's OpenAPI description and Swagger UI)
 * get the same authentication, then a group check.
 */
@Configuration
class AuthenticatedEndpoints {

  static final String METRICS = "/actuator/prometheus";
  static final String OPERATIONS = "/operations/*";
  static final String API = "/api/*";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter("authentication-provider",
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", METRICS, OPERATIONS,
        "/v3/api-docs", "/v3/api-docs/*", "/swagger-ui.html", "/swagger-ui/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * The lead API: HTTP Basic, or for reading a Camunda webapp login (the Cockpit plugin); the
   * quote acceptance page for customers is open.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    var registration = new FilterRegistrationBean<ProcessEngineAuthenticationFilter>(
        new ApiAuthenticationFilter());
    registration.setName("api-authentication");
    registration.addInitParameter("authentication-provider", BasicOrWebappSession.class.getName());
    registration.addUrlPatterns(API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<GroupCheckFilter> metricsAccess(IdentityService identity) {
    return access("metrics-access", METRICS,
        new GroupCheckFilter(identity, Set.of(CAMUNDA_ADMIN, SalesGroups.MANAGERS)));
  }

  @Bean
  FilterRegistrationBean<GroupCheckFilter> operationsAccess(IdentityService identity) {
    return access("operations-access", OPERATIONS, new GroupCheckFilter(identity, Set.of(CAMUNDA_ADMIN)));
  }

  /** The lead API is for the sales team and lead sources; what each may do is up to the API. */
  @Bean
  FilterRegistrationBean<GroupCheckFilter> apiAccess(IdentityService identity) {
    return access("api-access", API, new GroupCheckFilter(identity, Set.of(CAMUNDA_ADMIN,
        SalesGroups.MANAGERS, SalesGroups.REPS, SalesGroups.LEAD_SOURCES)));
  }

  private static FilterRegistrationBean<GroupCheckFilter> access(String name, String urls,
      GroupCheckFilter filter) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urls);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }
}
