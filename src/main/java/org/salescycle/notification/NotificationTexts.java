package org.salescycle.notification;

import java.util.List;
import java.util.StringJoiner;
import org.salescycle.words.Dates;

/**
 * The words of every notification e-mail. They name tasks, companies, stages, amounts and dates;
 * the only id is in the link to the task.
 */
final class NotificationTexts {

  /** A digest lists at most this many tasks; Tasklist shows the rest. */
  static final int DIGEST_LIMIT = 50;

  private NotificationTexts() {}

  static Mail assigned(String onceKey, Person to, WorkItem task) {
    return new Mail(onceKey, to.email(), "For you: " + title(task), """
        Hello %s,

        "%s" is assigned to you.

        %s
        Open it in Tasklist:
        %s
        """.formatted(to.name(), title(task), facts(task), task.link()));
  }

  static Mail newWork(String onceKey, Person to, String groupName, WorkItem task) {
    return new Mail(onceKey, to.email(), "New for " + groupName + ": " + title(task), """
        Hello %s,

        "%s" waits for someone in %s to take it.

        %s
        Open it in Tasklist and claim it:
        %s
        """.formatted(to.name(), title(task), groupName, facts(task), task.link()));
  }

  static Mail waitingForManager(String onceKey, Person to, WorkItem task) {
    return new Mail(onceKey, to.email(), "Waiting for a manager: " + title(task), """
        Hello %s,

        "%s" waits for a sales manager.

        %s
        Open it in Tasklist:
        %s
        """.formatted(to.name(), title(task), facts(task), task.link()));
  }

  static Mail newWorkDigest(String onceKey, Person to, List<WorkItem> tasks) {
    return new Mail(onceKey, to.email(), "Unassigned work for you to take: " + count(tasks.size()),
        """
        Hello %s,

        these tasks wait for someone in your team to take them:

        %s
        """.formatted(to.name(), list(tasks)));
  }

  static Mail overdueDigest(String onceKey, Person to, List<WorkItem> tasks) {
    return new Mail(onceKey, to.email(), "Your overdue tasks: " + count(tasks.size()), """
        Hello %s,

        these tasks of yours are past their due date:

        %s
        """.formatted(to.name(), list(tasks)));
  }

  static Mail quoteAccepted(String onceKey, Person to, String company, String amount) {
    return new Mail(onceKey, to.email(), "Quote accepted: " + company, """
        Hello %s,

        %s accepted the quote%s. The prospect becomes a customer now.
        """.formatted(to.name(), company, amount == null ? "" : " of " + amount));
  }

  static Mail quoteExpired(String onceKey, Person to, String company, String amount,
      String sentOn) {
    return new Mail(onceKey, to.email(), "Quote expired: " + company, """
        Hello %s,

        the quote%s sent to %s%s expired without an answer. The prospect is closed as lost \
        (quote expired).
        """.formatted(to.name(), amount == null ? "" : " of " + amount, company,
        sentOn == null ? "" : " on " + sentOn));
  }

  private static String title(WorkItem task) {
    return task.company() == null ? task.taskName() : task.taskName() + " – " + task.company();
  }

  private static String facts(WorkItem task) {
    var lines = new StringBuilder();
    line(lines, "Company", task.company());
    line(lines, "Stage", task.stage());
    line(lines, "Deal value", task.dealValue());
    line(lines, "Due", task.due() == null ? null : Dates.format(task.due()));
    return lines.toString();
  }

  private static void line(StringBuilder lines, String label, String value) {
    if (value != null) {
      lines.append(label).append(": ").append(value).append('\n');
    }
  }

  private static String list(List<WorkItem> tasks) {
    var list = new StringJoiner("\n");
    for (WorkItem task : tasks.subList(0, Math.min(tasks.size(), DIGEST_LIMIT))) {
      var details = new StringJoiner(", ");
      if (task.stage() != null) {
        details.add(task.stage());
      }
      if (task.dealValue() != null) {
        details.add(task.dealValue());
      }
      if (task.due() != null) {
        details.add("due " + Dates.format(task.due()));
      }
      list.add("- " + title(task) + (details.length() == 0 ? "" : " (" + details + ")"));
      list.add("  " + task.link());
    }
    if (tasks.size() > DIGEST_LIMIT) {
      list.add("... and %d more in Tasklist.".formatted(tasks.size() - DIGEST_LIMIT));
    }
    return list.toString();
  }

  private static String count(int tasks) {
    return tasks == 1 ? "1 task" : tasks + " tasks";
  }
}
