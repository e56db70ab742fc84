/**
 * The few types every module uses: who is acting, the sales groups, and how a refused request
 * names its fields.
 */
package org.salescycle.shared;
