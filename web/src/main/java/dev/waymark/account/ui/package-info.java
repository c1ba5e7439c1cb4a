/** The login page, the staff layout, user management and each user's own account page. */
@NullMarked
package dev.waymark.account.ui;

import org.jspecify.annotations.NullMarked;
