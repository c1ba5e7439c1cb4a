/** The shared layouts (travelers' and staff's), language handling and interface texts. */
@NullMarked
package dev.waymark.base.ui;

import org.jspecify.annotations.NullMarked;
