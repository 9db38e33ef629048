/**
 * Comments in the reader view: highlights of commented passages and suggested edits in the text,
 * selection of a passage to comment on, and the margin of threads.
 */
@NullMarked
package org.quire.comment.ui;

import org.jspecify.annotations.NullMarked;
