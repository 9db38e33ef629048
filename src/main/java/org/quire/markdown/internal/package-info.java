/**
 * How the markdown module renders: flexmark configured once, a pre-parse guard, the link-scheme
 * check, the allow-list sanitizer, the cache and the bounded executor. Nothing here is API.
 */
@NullMarked
package org.quire.markdown.internal;

import org.jspecify.annotations.NullMarked;
