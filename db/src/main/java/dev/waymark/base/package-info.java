/** Persistence plumbing shared by the db module's repositories: the JSON mapping of domain values, listening for changes. */
@NullMarked
package dev.waymark.base;

import org.jspecify.annotations.NullMarked;
