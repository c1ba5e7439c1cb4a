/** The JSON search API. */
@NullMarked
package dev.waymark.search.api;

import org.jspecify.annotations.NullMarked;
