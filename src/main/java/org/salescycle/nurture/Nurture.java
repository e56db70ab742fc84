package org.salescycle.nurture;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.lead.LeadCorrections;
import org.salescycle.process.JsonVariables;
import org.salescycle.process.SalesCycleProperties;
import org.springframework.stereotype.Component;

/**
 * A lead's nurture, as the model calls it ({@code ${nurture...}}): counts how often the lead was
 * nurtured and since when, tells when that is enough for the managers to decide, and when the
 * lead is asked for its figures again: some time before its planned purchase, within limits.
 */
@Component("nurture")
public class Nurture {

  /** How often the lead went into nurture since it first did, or since a manager kept it there. */
  public static final String ROUNDS = "nurtureRounds";
  /** When the lead first went into nurture, or when a manager kept it there. */
  public static final String SINCE = "nurturingSince";
  /**
   * The figures the lead went into nurture with: what "Update lead figures" records its changes
   * from (the form's answers are the lead's variables already when the step completes).
   */
  public static final String FIGURES = "nurturedFigures";

  private final NurtureProperties properties;
  private final SalesCycleProperties.Timers timers;
  private final PurchaseTimeline timeline;

  public Nurture(NurtureProperties properties, SalesCycleProperties salesCycle,
      PurchaseTimeline timeline) {
    this.properties = properties;
    this.timers = salesCycle.timers();
    this.timeline = timeline;
  }

  /** The lead goes into nurture (again). */
  public void enter(DelegateExecution execution) {
    execution.setVariable(ROUNDS, rounds(execution) + 1);
    if (!(execution.getVariable(SINCE) instanceof Date)) {
      execution.setVariable(SINCE, ClockUtil.getCurrentTime());
    }
    Map<String, Object> figures = new HashMap<>();
    LeadCorrections.FIGURES.forEach(name -> figures.put(name, execution.getVariable(name)));
    execution.setVariable(FIGURES, JsonVariables.json(figures));
  }

  /**
   * True when the lead was nurtured more often than {@code max-rounds} or for longer than
   * {@code max-age}: then the managers decide whether to keep nurturing it.
   */
  public boolean limitReached(DelegateExecution execution) {
    Object since = execution.getVariable(SINCE);
    return limitReached(rounds(execution), since instanceof Date date ? date.toInstant() : null,
        now());
  }

  boolean limitReached(int rounds, Instant since, ZonedDateTime now) {
    return rounds > properties.maxRounds()
        || (since != null && now.isAfter(utc(since).plus(properties.maxAge())));
  }

  /** A manager keeps the lead in nurture: its count and age start anew. */
  public void restart(DelegateExecution execution) {
    execution.setVariable(ROUNDS, 0);
    execution.setVariable(SINCE, ClockUtil.getCurrentTime());
  }

  /**
   * When the nurtured lead is asked for its figures again: {@code lead-time} before its planned
   * purchase, but no sooner than {@code min-wait} and no later than {@code max-wait} from now;
   * without a planned purchase, after the nurture period.
   */
  public Date wakeUpAt(DelegateExecution execution) {
    return Date.from(wakeUpAt(timeline.plannedPurchase(execution), now()).toInstant());
  }

  ZonedDateTime wakeUpAt(Optional<YearMonth> planned, ZonedDateTime now) {
    if (planned.isEmpty()) {
      return now.plus(timers.nurturePeriod());
    }
    ZonedDateTime wanted = planned.get().atDay(1).atStartOfDay(ZoneOffset.UTC)
        .minus(properties.leadTime());
    ZonedDateTime earliest = now.plus(properties.minWait());
    ZonedDateTime latest = now.plus(properties.maxWait());
    return wanted.isBefore(earliest) ? earliest : wanted.isAfter(latest) ? latest : wanted;
  }

  private static int rounds(DelegateExecution execution) {
    return execution.getVariable(ROUNDS) instanceof Number number ? number.intValue() : 0;
  }

  private static ZonedDateTime now() {
    return utc(ClockUtil.getCurrentTime().toInstant());
  }

  private static ZonedDateTime utc(Instant instant) {
    return instant.atZone(ZoneOffset.UTC);
  }
}
