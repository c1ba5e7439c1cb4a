/** What readers get as pages: the guide page, its print page, the home page and search, rendered once per revision. */
@NullMarked
package dev.waymark.guide.read;

import org.jspecify.annotations.NullMarked;
