/**
 * Who is signed in: people as their OpenID Connect provider identifies them (issuer + subject),
 * the global administrators, and the sign-in set-up (an external provider, or the embedded demo one).
 */
@NullMarked
package org.quire.identity;

import org.jspecify.annotations.NullMarked;
