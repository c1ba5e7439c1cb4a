/** Pictures editors attach to guides: content-addressed masters and the variants served to readers. */
@NullMarked
package dev.waymark.picture;

import org.jspecify.annotations.NullMarked;
