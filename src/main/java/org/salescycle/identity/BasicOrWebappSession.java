package org.salescycle.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Authentication of the lead API: HTTP Basic as everywhere, and for reading (GET) also the login
 * of a Camunda webapp session, so that the Cockpit dashboard plugin can show the pipeline to the
 * manager who is logged in, and a rep logged in to Tasklist sees her board. Writes always need
 * HTTP Basic, so a session cookie alone can never change anything (no cross-site request forgery).
 */
public class BasicOrWebappSession extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request,
      ProcessEngine engine) {
    if (request.getHeader("Authorization") == null && "GET".equals(request.getMethod())) {
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
}
