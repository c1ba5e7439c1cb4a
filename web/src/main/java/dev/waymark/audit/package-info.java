/** Recording who did what, and the admins' view of that record. */
@NullMarked
package dev.waymark.audit;

import org.jspecify.annotations.NullMarked;
