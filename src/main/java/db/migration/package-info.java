/** Flyway migrations written in Java, for the changes plain SQL cannot make. */
package db.migration;
