/** The operator registry's JSON API: operators for anyone, additions and changes for editors with an API token. */
@NullMarked
package dev.waymark.operator.api;

import org.jspecify.annotations.NullMarked;
