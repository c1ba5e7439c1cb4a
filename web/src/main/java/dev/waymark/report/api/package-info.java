/** Readers' reports as a JSON endpoint, open to anyone. */
@NullMarked
package dev.waymark.report.api;

import org.jspecify.annotations.NullMarked;
