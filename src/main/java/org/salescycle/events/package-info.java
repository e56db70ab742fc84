/**
 * Events from other systems (web forms, CRMs, e-signature tools) delivered to a running lead over
 * the API.
 */
package org.salescycle.events;
