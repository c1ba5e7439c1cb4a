/** Readers' reports in PostgreSQL. */
@NullMarked
package dev.waymark.report;

import org.jspecify.annotations.NullMarked;
