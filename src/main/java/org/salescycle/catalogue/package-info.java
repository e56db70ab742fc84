/** The products a quote can offer, with their prices, kept by managers over the API. */
package org.salescycle.catalogue;
