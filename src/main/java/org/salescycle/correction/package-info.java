/**
 * Corrections of a lead's contact and company data while it runs, checked by the same rules as a
 * new lead.
 */
package org.salescycle.correction;
