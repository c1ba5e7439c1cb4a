/** Guides in PostgreSQL: the guide row, immutable revisions as JSONB, and the derived published rows. */
@NullMarked
package dev.waymark.guide;

import org.jspecify.annotations.NullMarked;
