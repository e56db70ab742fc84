package org.salescycle.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.salescycle.lead.LeadRepository;
import org.salescycle.words.Dates;
import org.springframework.stereotype.Component;

/**
 * A scheduled demo meeting in words, for the forms of the lead's tasks: when
 * ("14 Jan 2027, 10:00 to 11:00 UTC"), where, and who comes and organizes.
 */
@Component
public class DemoMeetingWords {

  public static final String WHEN = "demoMeetingWhen";
  public static final String WHERE = "demoMeetingWhere";
  public static final String WHO = "demoMeetingWho";
  public static final Set<String> NAMES = Set.of(WHEN, WHERE, WHO);

  private final DemoMeetings meetings;
  private final LeadRepository leads;
  private final Organizers organizers;

  DemoMeetingWords(DemoMeetings meetings, LeadRepository leads, Organizers organizers) {
    this.meetings = meetings;
    this.leads = leads;
    this.organizers = organizers;
  }

  /** The words of the lead's scheduled meeting; none while it has none. */
  public Map<String, String> of(VariableScope lead) {
    Map<String, String> words = new LinkedHashMap<>();
    meetings.of(lead).filter(DemoMeeting::scheduled).ifPresent(meeting -> {
      words.put(WHEN, Dates.span(meeting.start(), meeting.end()));
      words.put(WHERE, meeting.location());
      StringBuilder who = new StringBuilder();
      leads.find(meeting.leadId())
          .filter(contact -> contact.contactEmail() != null && !contact.contactEmail().isBlank())
          .ifPresent(contact -> who.append(contact.contactName())
              .append(" (").append(contact.contactEmail()).append(")"));
      meeting.attendees().forEach(attendee -> who.append(who.isEmpty() ? "" : ", ")
          .append(attendee));
      who.append(who.isEmpty() ? "" : "; ").append("organized by ")
          .append(organizers.of(meeting).name());
      words.put(WHO, who.toString());
    });
    return words;
  }
}
