/** HTTP for reads that never change once made: kept representations, compressed once, with validators. */
@NullMarked
package dev.waymark.base.http;

import org.jspecify.annotations.NullMarked;
