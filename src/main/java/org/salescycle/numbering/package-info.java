/**
 * Short, sequential numbers per year that people read, say on the phone and search for:
 * {@code Q-2026-00042} for a quote, {@code L-2026-00042} for a lead.
 */
package org.salescycle.numbering;
