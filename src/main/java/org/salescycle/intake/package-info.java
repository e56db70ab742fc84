/** New leads from outside: one lead over the API, or many from a CSV file as Excel saves it. */
package org.salescycle.intake;
