/**
 * Changes to how the Camunda engine itself works (patches of its internals), each switched by a
 * property {@code sales-cycle.engine.*} and guarded by {@code EngineInternalsTest}; listed in
 * docs/engine.md.
 */
package org.salescycle.engine;
