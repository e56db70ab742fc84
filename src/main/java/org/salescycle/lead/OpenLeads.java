package org.salescycle.lead;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Component;

/** Leads that are still in the sales cycle, i.e. running sales-cycle process instances. */
@Component
public class OpenLeads {

  public static final String PROCESS_KEY = "sales-cycle";

  private final RuntimeService runtimeService;

  public OpenLeads(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /**
   * Another open lead with the same e-mail or, when there is one, the same company domain. Runs
   * without authorization checks: a rep who starts a lead must not miss a duplicate merely
   * because the original belongs to someone else.
   */
  public Optional<ProcessInstance> findOtherLike(String email, Optional<String> companyDomain,
      String exceptProcessInstanceId) {
    ProcessInstanceQuery query = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY)
        .matchVariableValuesIgnoreCase();
    if (companyDomain.isPresent()) {
      query.or()
          .variableValueEquals(LeadVariables.CONTACT_EMAIL, email)
          .variableValueEquals(LeadVariables.COMPANY_DOMAIN, companyDomain.get())
          .endOr();
    } else {
      query.variableValueEquals(LeadVariables.CONTACT_EMAIL, email);
    }
    List<ProcessInstance> matches = Context.getCommandContext()
        .runWithoutAuthorization(() -> query.orderByProcessInstanceId().asc().list());
    return matches.stream()
        .filter(instance -> !instance.getId().equals(exceptProcessInstanceId))
        .findFirst();
  }
}
