/** Persistence plumbing shared by the db module's repositories: the JSON mapping of domain values. */
@NullMarked
package dev.waymark.base;

import org.jspecify.annotations.NullMarked;
