/** Editors and admins: who may change what. */
@NullMarked
package dev.waymark.account;

import org.jspecify.annotations.NullMarked;
