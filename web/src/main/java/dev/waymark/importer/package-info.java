/** Bringing guides in and out: Markdown articles become draft guides; guides go to and come from JSON. */
@NullMarked
package dev.waymark.importer;

import org.jspecify.annotations.NullMarked;
