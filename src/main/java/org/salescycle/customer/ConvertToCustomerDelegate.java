package org.salescycle.customer;

import java.math.BigDecimal;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.credit.CreditVariables;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadRepository;
import org.salescycle.lead.LeadVariables;
import org.salescycle.process.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Convert to customer": records the won prospect in the customer table and sets
 * {@code customerId}; the contact comes from the lead row. Running it again for the same instance (a retried job) reuses the record.
 */
@Component("convertToCustomer")
public class ConvertToCustomerDelegate implements JavaDelegate {

  public static final String CUSTOMER_ID = "customerId";
  static final String FIRST_PAYMENT_HISTORY = "GOOD";
  private static final Logger LOG = LoggerFactory.getLogger(ConvertToCustomerDelegate.class);

  private final Customers customers;
  private final LeadRepository leads;

  public ConvertToCustomerDelegate(Customers customers, LeadRepository leads) {
    this.customers = customers;
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    Customer customer = customers.findBySourceProcessInstance(processInstanceId)
        .orElseGet(() -> create(execution));
    execution.setVariable(CUSTOMER_ID, customer.id());
    LOG.info("{} ({}) is now customer {}", customer.companyName(),
        execution.getProcessBusinessKey(), customer.id());
  }

  private Customer create(DelegateExecution execution) {
    Lead lead = leads.findByProcessInstance(execution.getProcessInstanceId()).orElseThrow(
        () -> new IllegalStateException("No lead row for instance "
            + execution.getProcessInstanceId()));
    var customer = new Customer(
        UUID.randomUUID().toString(),
        ProcessVariables.requiredString(execution, LeadVariables.COMPANY_NAME),
        ProcessVariables.optionalString(execution, LeadVariables.COMPANY_DOMAIN),
        lead.contactName(),
        lead.contactEmail(),
        ProcessVariables.optionalString(execution, LeadVariables.COUNTRY),
        ProcessVariables.optionalAmount(execution, CreditVariables.CREDIT_LIMIT, BigDecimal.ZERO),
        ProcessVariables.optionalString(execution, CreditVariables.CREDIT_TERMS),
        FIRST_PAYMENT_HISTORY,
        execution.getProcessInstanceId(),
        ClockUtil.getCurrentTime().toInstant());
    customers.insert(customer);
    return customer;
  }
}
