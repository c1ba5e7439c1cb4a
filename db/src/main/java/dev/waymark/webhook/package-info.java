/** Webhooks and their delivery outbox in PostgreSQL. */
@NullMarked
package dev.waymark.webhook;

import org.jspecify.annotations.NullMarked;
