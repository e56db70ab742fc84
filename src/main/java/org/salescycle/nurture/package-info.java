/**
 * Nurturing leads that plan to buy later: waking them up in time and taking their updated figures.
 */
package org.salescycle.nurture;
