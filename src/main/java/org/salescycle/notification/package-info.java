/**
 * E-mails to people about their work: new tasks, digests, quote outcomes, sent through an outbox.
 */
package org.salescycle.notification;
