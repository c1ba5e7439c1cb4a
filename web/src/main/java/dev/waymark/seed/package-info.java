/** Loads the shipped guides into an empty database at start-up. */
@NullMarked
package dev.waymark.seed;

import org.jspecify.annotations.NullMarked;
