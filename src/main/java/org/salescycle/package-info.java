/**
 * Sales Cycle: a company's B2B sales cycle in BPMN on the Camunda 7 engine. Each package directly
 * below is one module that owns one capability ({@code docs/inside.md} lists them).
 */
package org.salescycle;
