package org.salescycle.identity;

import java.util.Objects;
import org.camunda.bpm.engine.identity.User;

/** A user as people read her: "Rita Rep"; the user id when the user has no name. */
public final class PersonName {

  private PersonName() {}

  public static String of(User user) {
    String name = String.join(" ", Objects.toString(user.getFirstName(), ""),
        Objects.toString(user.getLastName(), "")).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
