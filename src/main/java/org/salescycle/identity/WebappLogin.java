package org.salescycle.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The user logged in to the Camunda webapps in the request's session. Tasklist, Cockpit and Admin
 * share one login per session and engine, whichever app's login form was used.
 */
public final class WebappLogin {

  private WebappLogin() {}

  public static Optional<UserAuthentication> of(HttpServletRequest request, String engineName) {
    HttpSession session = request.getSession(false);
    Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    Authentication login = logins == null ? null
        : logins.getAuthenticationForProcessEngine(engineName);
    return login instanceof UserAuthentication user ? Optional.of(user) : Optional.empty();
  }
}
