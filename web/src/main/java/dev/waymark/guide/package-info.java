/** Reading guides: the service readers go through, its JSON API and its views. */
@NullMarked
package dev.waymark.guide;

import org.jspecify.annotations.NullMarked;
