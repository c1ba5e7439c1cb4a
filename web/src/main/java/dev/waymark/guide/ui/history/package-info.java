/** A guide's history for editors: revisions, comparing two of them, restoring one, and concurrent saves. */
@NullMarked
package dev.waymark.guide.ui.history;

import org.jspecify.annotations.NullMarked;
