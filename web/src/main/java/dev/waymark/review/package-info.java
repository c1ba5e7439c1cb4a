/** Keeping guides true: the editors' inbox of guides due for review, readers' open reports and fruitless searches. */
@NullMarked
package dev.waymark.review;

import org.jspecify.annotations.NullMarked;
