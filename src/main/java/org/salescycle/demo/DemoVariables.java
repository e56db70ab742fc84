package org.salescycle.demo;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The process variables of the product demo. The meeting itself lives in demo_meeting; the
 * process keeps only its start and end, as dates, and the rep's outcome.
 */
public final class DemoVariables {

  public static final String START = "demoStart";
  public static final String END = "demoEnd";
  public static final String DURATION_MINUTES = "demoDurationMinutes";
  public static final String LOCATION = "demoLocation";
  public static final String ATTENDEES = "demoAttendees";
  public static final String OUTCOME = "demoOutcome";
  public static final String FEEDBACK = "demoFeedback";
  public static final String CANCEL_REASON = "demoCancelReason";

  private DemoVariables() {}

  /**
   * Leaves the meeting's start and end on the process, and drops the answers the meeting row now
   * holds: a later form opens with none of them filled in.
   */
  static void keepTimesOf(DelegateExecution execution, DemoMeeting meeting) {
    execution.setVariable(START, Date.from(meeting.start()));
    execution.setVariable(END, Date.from(meeting.end()));
    dropSlotAnswers(execution);
  }

  static void dropSlotAnswers(DelegateExecution execution) {
    execution.removeVariable(DURATION_MINUTES);
    execution.removeVariable(LOCATION);
    execution.removeVariable(ATTENDEES);
  }
}
