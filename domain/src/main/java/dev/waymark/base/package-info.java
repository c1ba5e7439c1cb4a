/** Small building blocks shared by every feature of the domain: argument checks. */
@NullMarked
package dev.waymark.base;

import org.jspecify.annotations.NullMarked;
