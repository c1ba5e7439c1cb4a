/** Pictures in PostgreSQL: masters by hash, their variants, and the clean-up of those no revision references. */
@NullMarked
package dev.waymark.picture;

import org.jspecify.annotations.NullMarked;
