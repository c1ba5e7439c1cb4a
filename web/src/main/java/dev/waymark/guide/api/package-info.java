/** The read-only JSON API for published guides. */
@NullMarked
package dev.waymark.guide.api;

import org.jspecify.annotations.NullMarked;
