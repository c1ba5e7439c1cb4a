/** What readers report about a guide's steps: didn't work, outdated, helpful. */
@NullMarked
package dev.waymark.report;

import org.jspecify.annotations.NullMarked;
