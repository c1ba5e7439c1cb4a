/** The admins' webhook screen. */
@NullMarked
package dev.waymark.webhook.ui;

import org.jspecify.annotations.NullMarked;
