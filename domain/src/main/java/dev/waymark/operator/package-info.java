/** Mobile operators: names, former names, websites and support contacts, with their sources. */
@NullMarked
package dev.waymark.operator;

import org.jspecify.annotations.NullMarked;
