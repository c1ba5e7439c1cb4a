/** The Waymark application: Spring Boot wiring for the domain, the database and the web. */
@NullMarked
package dev.waymark;

import org.jspecify.annotations.NullMarked;
