/**
 * Changes to how the Camunda engine itself works (patches of its internals), each switchable and
 * guarded by a test.
 */
package org.salescycle.engine;
