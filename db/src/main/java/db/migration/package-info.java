/** Flyway migrations that need Java: derived data computed by the application's own code. */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
