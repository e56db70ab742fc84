package org.salescycle.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Authentication of the lead API: HTTP Basic as everywhere, and also the login of a Camunda webapp
 * session, so that Cockpit plugins act for the manager who is logged in (the pipeline dashboard
 * reads, "Reassign lead" writes) and a rep logged in to Tasklist sees her board. A write with the
 * session must carry the session's CSRF token in {@code X-XSRF-TOKEN}, as the webapps' own API
 * requires, so a session cookie alone can never change anything (no cross-site request forgery).
 */
public class BasicOrWebappSession extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request,
      ProcessEngine engine) {
    HttpSession session = request.getSession(false);
    if (request.getHeader("Authorization") == null && session != null
        && ("GET".equals(request.getMethod()) || carriesCsrfToken(request, session))) {
      Optional<UserAuthentication> login = WebappLogin.of(request, engine.getName());
      if (login.isPresent()) {
        AuthenticationResult result = AuthenticationResult.successful(login.get().getIdentityId());
        result.setGroups(login.get().getGroupIds());
        result.setTenants(login.get().getTenantIds());
        return result;
      }
    }
    return super.extractAuthenticatedUser(request, engine);
  }

  private static boolean carriesCsrfToken(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && sent != null && MessageDigest.isEqual(
        token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
