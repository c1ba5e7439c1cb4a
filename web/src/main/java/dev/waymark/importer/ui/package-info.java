/** The editors' import and export screen. */
@NullMarked
package dev.waymark.importer.ui;

import org.jspecify.annotations.NullMarked;
