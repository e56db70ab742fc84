/** Finding leads and reading where each one stands, for people and for other systems. */
package org.salescycle.lookup;
