package org.salescycle.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * The API's authentication, except for the page customers reach from a quote e-mail and the PDF
 * it links to: their links carry a signed token instead of a login.
 */
class ApiAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  static final Set<String> PATHS = Set.of("/api/quotes/accept", "/api/quotes/pdf");

  static boolean isOpen(HttpServletRequest request) {
    return PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()));
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && isOpen(http)) {
      chain.doFilter(request, response);
      return;
    }
    super.doFilter(request, response, chain);
  }
}
