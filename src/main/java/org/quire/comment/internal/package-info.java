/** How re-anchoring searches a new revision: through the diff, by exact quote, and fuzzily. */
@NullMarked
package org.quire.comment.internal;

import org.jspecify.annotations.NullMarked;
