package org.salescycle.lead;

import java.util.List;

/**
 * The contact's details. They live in the lead table only: whatever path starts a lead passes
 * them, {@link RegisterLead} takes them out of the instance, and {@link KeptOutOfHistory} keeps
 * every value of these names out of the engine's history. A task shows them to whoever works on
 * it as display values of its own ({@link LeadOnTasks}), read from the lead row.
 */
public final class ContactFields {

  public static final List<String> NAMES =
      List.of(LeadVariables.CONTACT_NAME, LeadVariables.CONTACT_EMAIL, LeadVariables.PHONE);

  private ContactFields() {}
}
