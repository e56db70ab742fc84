/**
 * What people read instead of codes: money with its currency and thousands separators,
 * percentages without needless zeros, dates as dates. Tasklist, Cockpit, e-mails, PDFs and the rep's board all
 * print through here, so a figure reads the same everywhere.
 */
package org.salescycle.words;
