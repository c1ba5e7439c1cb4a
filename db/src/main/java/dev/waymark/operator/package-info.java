/** Operators in PostgreSQL. */
@NullMarked
package dev.waymark.operator;

import org.jspecify.annotations.NullMarked;
