/** The admins' audit screen. */
@NullMarked
package dev.waymark.audit.ui;

import org.jspecify.annotations.NullMarked;
