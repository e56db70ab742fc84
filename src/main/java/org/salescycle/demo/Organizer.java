package org.salescycle.demo;

/** Who invites to a demo, as calendars show and answer her: a name and an e-mail address. */
record Organizer(String name, String email) {}
