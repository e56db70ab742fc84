/** Who owns a lead, and a manager's reassignment of it. */
package org.salescycle.ownership;
