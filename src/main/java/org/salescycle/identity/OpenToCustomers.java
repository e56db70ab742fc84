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
 * The API's authentication, except for the one page customers reach from a quote e-mail: the
 * acceptance link carries its own signed token instead of a login.
 */
class OpenToCustomers extends ProcessEngineAuthenticationFilter {

  static final Set<String> PATHS = Set.of("/api/quotes/accept");

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
