/** The editors' JSON API for import and export, signed in with HTTP Basic. */
@NullMarked
package dev.waymark.importer.api;

import org.jspecify.annotations.NullMarked;
