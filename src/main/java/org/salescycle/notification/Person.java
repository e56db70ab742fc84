package org.salescycle.notification;

/** A user who can be e-mailed: the name to greet and the address. */
record Person(String userId, String name, String email) {}
