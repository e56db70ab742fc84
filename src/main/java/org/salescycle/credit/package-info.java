/**
 * The credit check: asking the credit bureau (or the policy table) about a prospect, retried when
 * the bureau is down.
 */
package org.salescycle.credit;
