/**
 * Where each lead stands: the stage history recorded as the process moves, and the lead's
 * timeline.
 */
package org.salescycle.stage;
