/** Webhooks: URLs admins register to hear about publications, archivings and reports, and their deliveries. */
@NullMarked
package dev.waymark.webhook;

import org.jspecify.annotations.NullMarked;
