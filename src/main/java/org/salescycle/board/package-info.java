/**
 * A rep's board: her open leads in columns by stage, as the rep sees it in Tasklist and over the
 * API.
 */
package org.salescycle.board;
