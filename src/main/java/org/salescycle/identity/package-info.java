/**
 * Who may log in and what each group may do: authentication of every endpoint, logins, grants,
 * demo users.
 */
package org.salescycle.identity;
