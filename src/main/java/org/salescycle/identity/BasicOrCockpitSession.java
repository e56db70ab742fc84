package org.salescycle.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Authentication of the lead API: HTTP Basic as everywhere, and also the login of a Camunda webapp
 * session, so that Cockpit plugins act for the manager who is logged in (the pipeline dashboard
 * reads, "Reassign lead" writes). A write with the session must carry the session's CSRF token in
 * {@code X-XSRF-TOKEN}, as the webapps' own API requires, so a session cookie alone can never
 * change anything (no cross-site request forgery).
 */
public class BasicOrCockpitSession extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request,
      ProcessEngine engine) {
    HttpSession session = request.getSession(false);
    if (request.getHeader("Authorization") == null && session != null
        && ("GET".equals(request.getMethod()) || carriesCsrfToken(request, session))) {
      Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
      Authentication login = logins == null ? null
          : logins.getAuthenticationForProcessEngine(engine.getName());
      if (login instanceof UserAuthentication user) {
        AuthenticationResult result = AuthenticationResult.successful(user.getIdentityId());
        result.setGroups(user.getGroupIds());
        result.setTenants(user.getTenantIds());
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
