/**
 * The lead: its row, its rules, its variables and notes, and the listeners that keep its data
 * where it belongs.
 */
package org.salescycle.lead;
