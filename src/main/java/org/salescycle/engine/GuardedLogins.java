package org.salescycle.engine;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.identity.ClientAddress;
import org.salescycle.identity.WrongPasswords;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Wraps the engine's password check so that a client address that has given too many wrong
 * passwords for an account is refused for it unchecked, because otherwise anyone could keep any
 * account locked by sending a wrong password whenever its lock ends;
 * {@code sales-cycle.engine.guarded-logins=false} leaves the engine's lock alone to slow guessing.
 *
 * <p>The engine locks an account after each wrong password, for a time that doubles up to
 * {@code login-delay-max-time} (application.yaml sets {@code login-max-attempts} so high that the
 * lock never becomes permanent). A refused client is told nothing and locks the account no
 * further, so its owner, the administrator included, gets in from anywhere else. A wrong password
 * counts only when it was checked, not when the account was already locked, so a system whose
 * logins fail while someone else's guesses lock its account is not refused for it later.
 * {@link #unlockUser(String) Unlocking} a user (Camunda Admin, REST) also lifts the refusals for
 * that account on this node.
 *
 * <p>Every login goes through this check: HTTP Basic on the REST APIs, metrics and operations,
 * and the login form of the Camunda webapps. Password checks outside a web request have no client
 * address and get the engine's lock only.
 */
@Component
@ConditionalOnProperty(name = "sales-cycle.engine.guarded-logins", matchIfMissing = true)
class GuardedLogins extends AbstractProcessEnginePlugin implements SessionFactory {

  private final WrongPasswords wrongPasswords;

  GuardedLogins(WrongPasswords wrongPasswords) {
    this.wrongPasswords = wrongPasswords;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(this);
  }

  @Override
  public Class<?> getSessionType() {
    return Provider.class;
  }

  @Override
  public Session openSession() {
    return new Provider(wrongPasswords);
  }

  /** The engine's own identity provider (users, groups, memberships in its tables), guarded. */
  static class Provider extends DbIdentityServiceProvider {

    private final WrongPasswords wrongPasswords;

    Provider(WrongPasswords wrongPasswords) {
      this.wrongPasswords = wrongPasswords;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
      Optional<String> client = ClientAddress.current();
      if (client.isEmpty() || userId == null) {
        return super.checkPassword(userId, password);
      }
      // the engine's clock, which its account locks follow too
      Instant now = ClockUtil.getCurrentTime().toInstant();
      if (wrongPasswords.refuses(client.get(), userId, now)) {
        return false;
      }
      UserEntity user = findUserById(userId);
      boolean lockedBefore = user != null && isUserLocked(user);
      boolean valid = super.checkPassword(userId, password);
      if (!valid && user != null && !lockedBefore) {
        wrongPasswords.record(client.get(), userId, now);
      }
      return valid;
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
      IdentityOperationResult result = super.unlockUser(userId);
      wrongPasswords.forget(userId);
      return result;
    }
  }
}
