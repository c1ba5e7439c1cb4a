/** The guides and operators Waymark ships with, loaded into an empty database. */
@NullMarked
package dev.waymark.seed;

import org.jspecify.annotations.NullMarked;
