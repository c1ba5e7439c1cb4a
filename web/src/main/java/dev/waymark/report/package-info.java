/** Readers report problems with a guide's steps and say whether it helped: the service and its rate limit. */
@NullMarked
package dev.waymark.report;

import org.jspecify.annotations.NullMarked;
