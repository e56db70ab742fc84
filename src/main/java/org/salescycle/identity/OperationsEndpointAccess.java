package org.salescycle.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind the engine's HTTP Basic authentication: lets only administrators and sales managers read
 * the operations endpoints (metrics), and answers 403 to every other engine user.
 */
class OperationsEndpointAccess extends OncePerRequestFilter {

  static final Set<String> ALLOWED_GROUPS = Set.of("camunda-admin", SalesGroups.MANAGERS);

  private final IdentityService identity;

  OperationsEndpointAccess(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Authentication authentication = identity.getCurrentAuthentication();
    boolean allowed = authentication != null && authentication.getGroupIds() != null
        && authentication.getGroupIds().stream().anyMatch(ALLOWED_GROUPS::contains);
    if (!allowed) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN,
          "Metrics are for administrators and sales managers");
      return;
    }
    chain.doFilter(request, response);
  }
}
