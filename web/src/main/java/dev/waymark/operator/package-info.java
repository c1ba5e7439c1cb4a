/** Operators as readers' pages need them: the whole list, kept in memory and reloaded when it changes. */
@NullMarked
package dev.waymark.operator;

import org.jspecify.annotations.NullMarked;
