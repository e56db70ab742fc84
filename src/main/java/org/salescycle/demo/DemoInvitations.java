package org.salescycle.demo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.lead.Lead;
import org.salescycle.lead.LeadRepository;
import org.salescycle.quote.QuoteProperties;
import org.springframework.stereotype.Component;

/** Puts together what an e-mail about a lead's demo meeting says, as the meeting stands now. */
@Component
class DemoInvitations {

  private final LeadRepository leads;
  private final DemoMeetings meetings;
  private final Organizers organizers;
  private final ProductDemoProperties demo;
  private final QuoteProperties quotes;

  DemoInvitations(LeadRepository leads, DemoMeetings meetings, Organizers organizers,
      ProductDemoProperties demo, QuoteProperties quotes) {
    this.leads = leads;
    this.meetings = meetings;
    this.organizers = organizers;
    this.demo = demo;
    this.quotes = quotes;
  }

  DemoInvitation of(DelegateExecution execution) {
    Lead lead = leads.findByProcessInstance(execution.getProcessInstanceId()).orElseThrow(
        () -> new IllegalStateException("Process instance %s has no lead"
            .formatted(execution.getProcessInstanceId())));
    DemoMeeting meeting = meetings.of(lead.id()).orElseThrow(
        () -> new IllegalStateException("Lead %s has no demo meeting".formatted(lead.id())));
    return new DemoInvitation(meeting, lead, organizers.of(meeting), demo.product(),
        quotes.company().name(), ClockUtil.getCurrentTime().toInstant());
  }
}
