package org.salescycle.ownership;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.salescycle.identity.ElevatedAccess;
import org.salescycle.identity.PersonName;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadConflictException;
import org.salescycle.lead.LeadNotFoundException;
import org.salescycle.lead.LeadRepository;
import org.salescycle.lead.OwnerHistory;
import org.salescycle.shared.Caller;
import org.salescycle.shared.InvalidField;
import org.salescycle.shared.InvalidRequestException;
import org.salescycle.shared.NotAllowedException;
import org.salescycle.shared.SalesGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A manager hands a lead to another rep in one action: the lead's owner and every open step of
 * the lead offered to the reps change together, in one transaction, and the lead's timeline
 * records who did it, when, from whom and to whom. The steps' rights follow their new assignee
 * (see the integrity package); the next steps open assigned to the new owner.
 */
@Component
public class LeadReassignment {

  private static final Logger LOG = LoggerFactory.getLogger(LeadReassignment.class);

  private final LeadRepository leads;
  private final OwnerHistory owners;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ElevatedAccess elevated;
  private final TransactionTemplate transaction;

  public LeadReassignment(LeadRepository leads, OwnerHistory owners, TaskService tasks,
      IdentityService identity, ElevatedAccess elevated, TransactionTemplate transaction) {
    this.leads = leads;
    this.owners = owners;
    this.tasks = tasks;
    this.identity = identity;
    this.elevated = elevated;
    this.transaction = transaction;
  }

  public LeadOwner owner(String leadId, Caller caller) {
    Lead lead = managedLead(leadId, caller);
    List<LeadOwner.Person> reps = elevated.read(() -> identity.createUserQuery()
            .memberOfGroup(SalesGroups.REPS).orderByUserFirstName().asc().list()).stream()
        .map(LeadReassignment::person).toList();
    return new LeadOwner(lead.id(), lead.companyName(), person(lead.owner()), reps);
  }

  public Reassignment reassign(String leadId, OwnerRequest request, Caller caller) {
    mayReassign(caller);
    String to = request == null || request.owner() == null ? "" : request.owner().trim();
    if (to.isEmpty()) {
      throw invalidOwner("is required: the user id of a sales rep");
    }
    Lead lead = leads.find(leadId).orElseThrow(() -> new LeadNotFoundException(leadId));
    User rep = user(to);
    if (rep == null) {
      throw invalidOwner("no user '%s'".formatted(to));
    }
    if (!isRep(to)) {
      throw invalidOwner("'%s' is not a sales rep".formatted(to));
    }
    if (!lead.open() || lead.processInstanceId() == null) {
      throw new LeadConflictException(
          "The lead is closed (stage %s): it has no owner to change".formatted(lead.stage()),
          lead.id());
    }
    List<Reassignment.ReassignedTask> reassigned = new ArrayList<>();
    String from = transaction.execute(status -> elevated.call(() -> {
      String previous = owners.handOver(lead, to, caller.userId(),
          ClockUtil.getCurrentTime().toInstant());
      for (Task task : openRepSteps(lead)) {
        if (!to.equals(task.getAssignee())) {
          tasks.setAssignee(task.getId(), to);
        }
        reassigned.add(new Reassignment.ReassignedTask(task.getId(), task.getName()));
      }
      return previous;
    }));
    LOG.info("Lead {} reassigned by {} from {} to {} with {} open steps", lead.id(),
        caller.userId(), from == null ? "nobody" : from, to, reassigned.size());
    return new Reassignment(lead.id(), person(from), person(rep), reassigned);
  }

  private List<Task> openRepSteps(Lead lead) {
    return tasks.createTaskQuery().processInstanceId(lead.processInstanceId())
        .taskCandidateGroup(SalesGroups.REPS).includeAssignedTasks()
        .orderByTaskCreateTime().asc().list();
  }

  private Lead managedLead(String leadId, Caller caller) {
    mayReassign(caller);
    return leads.find(leadId).orElseThrow(() -> new LeadNotFoundException(leadId));
  }

  private static void mayReassign(Caller caller) {
    if (!caller.seesAllLeads()) {
      throw new NotAllowedException("Only sales managers and administrators reassign leads");
    }
  }

  private boolean isRep(String userId) {
    return elevated.read(() -> identity.createUserQuery().userId(userId)
        .memberOfGroup(SalesGroups.REPS).count()) > 0;
  }

  private User user(String userId) {
    return elevated.read(() -> identity.createUserQuery().userId(userId).singleResult());
  }

  private LeadOwner.Person person(String userId) {
    if (userId == null) {
      return null;
    }
    User user = user(userId);
    return user == null ? new LeadOwner.Person(userId, userId) : person(user);
  }

  private static LeadOwner.Person person(User user) {
    return new LeadOwner.Person(user.getId(), PersonName.of(user));
  }

  private static InvalidRequestException invalidOwner(String message) {
    return new InvalidRequestException("The new owner is invalid",
        List.of(new InvalidField("owner", message)));
  }
}
