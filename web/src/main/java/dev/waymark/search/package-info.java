/** Searching published guides: the service readers go through and its JSON API. */
@NullMarked
package dev.waymark.search;

import org.jspecify.annotations.NullMarked;
