/** The traveler pages' shared layout, language handling and interface texts. */
@NullMarked
package dev.waymark.base.ui;

import org.jspecify.annotations.NullMarked;
