/** The traveler's views: the home page with countries and search, and the guide page. */
@NullMarked
package dev.waymark.guide.ui;

import org.jspecify.annotations.NullMarked;
