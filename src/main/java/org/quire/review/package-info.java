/**
 * Review of proposals (DESIGN.md section 4): comments and suggestions anchored to passages of a
 * section's Markdown source, anchors that follow the text from revision to revision
 * ({@link org.quire.review.Reanchoring}), comment periods and dispositions.
 */
@NullMarked
package org.quire.review;

import org.jspecify.annotations.NullMarked;
