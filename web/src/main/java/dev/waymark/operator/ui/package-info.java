/** The operator registry's staff screens: the list with filters and the form with each operator's revisions. */
@NullMarked
package dev.waymark.operator.ui;

import org.jspecify.annotations.NullMarked;
