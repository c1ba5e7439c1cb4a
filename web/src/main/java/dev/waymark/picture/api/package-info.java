/** Pictures over HTTP: the served variants ({@code /pictures/...}) and uploads for editors. */
@NullMarked
package dev.waymark.picture.api;

import org.jspecify.annotations.NullMarked;
