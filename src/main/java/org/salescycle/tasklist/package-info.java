/** Tasklist as reps and managers open it: the shared task filters. */
package org.salescycle.tasklist;
