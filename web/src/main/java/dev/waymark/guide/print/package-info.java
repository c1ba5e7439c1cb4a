/** The plain HTML page of a published guide: for printing, sharing and search engines, with no JavaScript. */
@NullMarked
package dev.waymark.guide.print;

import org.jspecify.annotations.NullMarked;
