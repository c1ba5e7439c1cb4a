/** The record of who did what, and when. */
@NullMarked
package dev.waymark.audit;

import org.jspecify.annotations.NullMarked;
