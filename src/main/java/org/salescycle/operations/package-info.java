/**
 * Running the application: required settings, PostgreSQL specifics and the metrics Prometheus
 * reads.
 */
package org.salescycle.operations;
