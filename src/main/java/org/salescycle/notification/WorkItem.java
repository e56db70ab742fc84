package org.salescycle.notification;

import java.net.URI;
import java.time.Instant;

/**
 * A task as an e-mail names it: its name, the lead's company, stage and deal value in words, its
 * due date and the link that opens it in Tasklist. Parts the lead does not know yet are null.
 */
record WorkItem(String taskName, String company, String stage, String dealValue, Instant due,
    URI link) {}
