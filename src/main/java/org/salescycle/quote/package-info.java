/**
 * Quotes: preparing them under the discount rules, the PDF and e-mail, and the customer's
 * acceptance page.
 */
package org.salescycle.quote;
