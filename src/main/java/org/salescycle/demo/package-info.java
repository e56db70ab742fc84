/**
 * The product demo as a meeting: its slot, the iCalendar invitation, update and cancellation
 * mails, and its outcome.
 */
package org.salescycle.demo;
