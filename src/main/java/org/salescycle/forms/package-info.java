/** Task forms in words: the labels and options Tasklist shows instead of codes. */
package org.salescycle.forms;
