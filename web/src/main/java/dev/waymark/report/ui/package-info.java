/** The report and feedback components shown on a guide; they fire events and hold no service. */
@NullMarked
package dev.waymark.report.ui;

import org.jspecify.annotations.NullMarked;
