package org.salescycle.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on everything the application serves itself: the lead API's answers, quote
 * PDFs, the quote acceptance page, the OpenAPI description and Swagger UI, the rep's board page,
 * metrics and errors. (The Camunda webapps under /camunda send their own, from the same
 * principles: no framing by other sites, no content sniffing.)
 *
 * <p>Every answer says {@code X-Content-Type-Options: nosniff} and gets a Content-Security-Policy
 * that lets no page frame it. Data answers may load and run nothing at all; Swagger UI and the
 * board page may load their own scripts and styles. An answer that needs another policy (the
 * acceptance page, a PDF) sets its own, which takes the place of this default instead of being
 * added to it, as a browser would enforce both.
 *
 * <p>Runs before authentication, so refusals (401, 403) carry the headers too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeaders extends OncePerRequestFilter {

  static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

  /** For data (JSON, CSV, text): nothing loads, nothing runs, nobody frames it. */
  static final String DATA = "default-src 'none'; frame-ancestors 'none'";

  /**
   * Swagger UI: its own scripts and calls only; its own styles and the style elements its script
   * adds, and the images its stylesheet inlines (data: URLs). Checked in Chromium by
   * SwaggerUiBrowserTest.
   */
  static final String SWAGGER_UI = "default-src 'self'; img-src 'self' data:; "
      + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  /**
   * The rep's board (/my-pipeline/): its own script, stylesheet and API calls, nothing else; no
   * inline script or style. Checked in Chromium by RepBoardBrowserTest.
   */
  static final String BOARD = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
      + "frame-ancestors 'none'";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return path(request).startsWith("/camunda/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(CONTENT_SECURITY_POLICY, policyFor(path(request)));
    chain.doFilter(request, new OwnPolicyReplacesDefault(response));
  }

  private static String policyFor(String path) {
    if (isSwaggerUi(path)) {
      return SWAGGER_UI;
    }
    return path.equals("/my-pipeline") || path.startsWith("/my-pipeline/") ? BOARD : DATA;
  }

  private static boolean isSwaggerUi(String path) {
    return path.equals("/swagger-ui.html") || path.startsWith("/swagger-ui/");
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static final class OwnPolicyReplacesDefault extends HttpServletResponseWrapper {

    OwnPolicyReplacesDefault(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
