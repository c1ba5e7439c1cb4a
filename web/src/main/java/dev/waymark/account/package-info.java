/** Signing in and out, login throttling, the first admin and the admins' user management. */
@NullMarked
package dev.waymark.account;

import org.jspecify.annotations.NullMarked;
