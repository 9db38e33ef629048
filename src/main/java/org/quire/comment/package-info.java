/**
 * Comments on proposals (DESIGN.md section 4): threads and suggestions anchored to passages of a
 * section's Markdown source, anchors that follow the text from revision to revision
 * ({@link org.quire.comment.Reanchoring}), comment periods and dispositions.
 */
@NullMarked
package org.quire.comment;

import org.jspecify.annotations.NullMarked;
