/**
 * The customer register: a won prospect becomes a customer, and its payment history feeds later
 * credit checks.
 */
package org.salescycle.customer;
