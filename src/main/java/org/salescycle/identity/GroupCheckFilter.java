package org.salescycle.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind the engine's HTTP Basic authentication: lets only members of the given groups through,
 * and answers every other engine user with 403 and a problem+json body.
 */
class GroupCheckFilter extends OncePerRequestFilter {

  private final IdentityService identity;
  private final Set<String> allowedGroups;

  GroupCheckFilter(IdentityService identity, Set<String> allowedGroups) {
    this.identity = identity;
    this.allowedGroups = new TreeSet<>(allowedGroups);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (ApiAuthenticationFilter.isOpen(request)) {
      chain.doFilter(request, response);
      return;
    }
    Authentication authentication = identity.getCurrentAuthentication();
    boolean allowed = authentication != null && authentication.getGroupIds() != null
        && authentication.getGroupIds().stream().anyMatch(allowedGroups::contains);
    if (!allowed) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("""
          {"type":"about:blank","title":"Forbidden","status":403,\
          "detail":"Only for members of %s","instance":"%s"}"""
          .formatted(String.join(", ", allowedGroups), request.getRequestURI()));
      return;
    }
    chain.doFilter(request, response);
  }
}
