package org.salescycle.events;

/** Where the lead stands after an event was delivered. */
public record EventOutcome(String leadId, String event, String stage, boolean open) {}
