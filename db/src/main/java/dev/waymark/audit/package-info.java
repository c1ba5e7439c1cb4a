/** The audit record in PostgreSQL. */
@NullMarked
package dev.waymark.audit;

import org.jspecify.annotations.NullMarked;
