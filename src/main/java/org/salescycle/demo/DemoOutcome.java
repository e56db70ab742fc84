package org.salescycle.demo;

/** What the rep records after a demo: it took place, it moves, or it is off. */
enum DemoOutcome {
  HELD, RESCHEDULE, CANCELLED
}
