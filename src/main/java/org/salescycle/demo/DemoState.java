package org.salescycle.demo;

/** Where a lead's demo meeting stands. */
public enum DemoState {
  SCHEDULED, HELD, CANCELLED
}
