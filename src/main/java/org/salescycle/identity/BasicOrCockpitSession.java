package org.salescycle.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Authentication of the lead API: HTTP Basic as everywhere, and for reading (GET) also the login
 * of a Camunda webapp session, so that the Cockpit dashboard plugin can show the pipeline to the
 * manager who is logged in. Writes always need HTTP Basic, so a session cookie alone can never
 * change anything (no cross-site request forgery).
 */
public class BasicOrCockpitSession extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request,
      ProcessEngine engine) {
    if (request.getHeader("Authorization") == null && "GET".equals(request.getMethod())) {
      HttpSession session = request.getSession(false);
      Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
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
}
