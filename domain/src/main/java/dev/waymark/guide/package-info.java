/** The guide aggregate: a procedure with its ways, steps, checks, provenance and lifecycle. */
@NullMarked
package dev.waymark.guide;

import org.jspecify.annotations.NullMarked;
