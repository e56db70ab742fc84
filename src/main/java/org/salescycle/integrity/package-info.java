/**
 * The process guards its own facts, in the engine, on every path a user reaches it by (Tasklist,
 * the engine REST API, the lead API, the Java API): a task takes only its own answers, what the
 * application's steps establish is changed only by them or by an administrator, a claimed task is
 * its assignee's, and what only administrators need stays theirs.
 */
package org.salescycle.integrity;
