/** What readers report about a guide's steps (didn't work, outdated, helpful) and how editors close those reports. */
@NullMarked
package dev.waymark.report;

import org.jspecify.annotations.NullMarked;
