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
 * Behind the engine's HTTP Basic authentication: lets only members of the given groups through to
 * an operations endpoint, and answers 403 to every other engine user.
 */
class OperationsEndpointAccess extends OncePerRequestFilter {

  private final IdentityService identity;
  private final Set<String> allowedGroups;

  OperationsEndpointAccess(IdentityService identity, Set<String> allowedGroups) {
    this.identity = identity;
    this.allowedGroups = Set.copyOf(allowedGroups);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Authentication authentication = identity.getCurrentAuthentication();
    boolean allowed = authentication != null && authentication.getGroupIds() != null
        && authentication.getGroupIds().stream().anyMatch(allowedGroups::contains);
    if (!allowed) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "Only for members of " + allowedGroups);
      return;
    }
    chain.doFilter(request, response);
  }
}
