/** A real OpenID Connect provider for the single sign-on tests, outside the application's packages. */
@NullMarked
package oidcprovider;

import org.jspecify.annotations.NullMarked;
