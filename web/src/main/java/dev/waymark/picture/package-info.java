/** Pictures: the upload pipeline (check, decode, re-encode), storage, the addresses they are served at and clean-up. */
@NullMarked
package dev.waymark.picture;

import org.jspecify.annotations.NullMarked;
