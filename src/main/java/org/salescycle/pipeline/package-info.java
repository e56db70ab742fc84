/**
 * The sales pipeline for managers: figures per stage and period, stalled leads, and the
 * spreadsheet export.
 */
package org.salescycle.pipeline;
