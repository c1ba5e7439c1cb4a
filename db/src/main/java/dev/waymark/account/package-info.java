/** Editor and admin accounts in PostgreSQL. */
@NullMarked
package dev.waymark.account;

import org.jspecify.annotations.NullMarked;
