/**
 * The sales-cycle process as the code sees it: its key, variables, timers, due dates and overdue
 * reviews.
 */
package org.salescycle.process;
