/** Webhooks: admins register them; changes queue signed events in their own transaction; a dispatcher delivers them. */
@NullMarked
package dev.waymark.webhook;

import org.jspecify.annotations.NullMarked;
