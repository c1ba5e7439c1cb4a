/** Application plumbing: the embedded database, security, safe rendering of user text. */
@NullMarked
package dev.waymark.base;

import org.jspecify.annotations.NullMarked;
