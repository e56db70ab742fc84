package org.salescycle.api;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.salescycle.identity.SalesGroups;
import org.salescycle.lead.Lead;

/**
 * The engine user calling the API (authenticated by HTTP Basic before the request reaches a
 * controller) and which leads that user may see and act on: administrators and managers every
 * lead, a rep the leads she owns and those nobody owns yet, a lead source the leads it sent.
 */
public record Caller(String userId, Set<String> groups) {

  public static Caller current(IdentityService identity) {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new IllegalStateException("The API is reached only after authentication");
    }
    List<String> groupIds = authentication.getGroupIds();
    return new Caller(authentication.getUserId(), groupIds == null ? Set.of() : Set.copyOf(groupIds));
  }

  public boolean seesAllLeads() {
    return groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(SalesGroups.MANAGERS);
  }

  public boolean isRep() {
    return groups.contains(SalesGroups.REPS);
  }

  public boolean isLeadSource() {
    return groups.contains(SalesGroups.LEAD_SOURCES);
  }

  public boolean mayAccess(Lead lead) {
    return seesAllLeads()
        || (isRep() && (lead.owner() == null || lead.owner().equals(userId)))
        || (isLeadSource() && userId.equals(lead.createdBy()));
  }
}
