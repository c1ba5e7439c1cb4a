/** Finding published guides by what readers type, in Chinese or English. */
@NullMarked
package dev.waymark.search;

import org.jspecify.annotations.NullMarked;
