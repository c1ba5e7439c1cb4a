/** Search in PostgreSQL: Chinese-aware normalization and tokens, GIN-indexed queries, snippets and misses. */
@NullMarked
package dev.waymark.search;

import org.jspecify.annotations.NullMarked;
