/** Moving running sales cycles to a new version of the model. */
package org.salescycle.migration;
