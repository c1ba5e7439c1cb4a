/** The editors' start page: their inbox. */
@NullMarked
package dev.waymark.review.ui;

import org.jspecify.annotations.NullMarked;
