/**
 * STAFF's dispositions page: commenters' threads of one comment period, a disposition and response
 * for each, and the report as a download. A package of its own beside the reader's comment margin.
 */
@NullMarked
package org.quire.comment.ui.disposition;

import org.jspecify.annotations.NullMarked;
