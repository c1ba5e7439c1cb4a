/** What every JSON endpoint shares: error bodies that say what was wrong. */
@NullMarked
package dev.waymark.base.api;

import org.jspecify.annotations.NullMarked;
