/** The editors' JSON API for import and export, called with API tokens. */
@NullMarked
package dev.waymark.importer.api;

import org.jspecify.annotations.NullMarked;
