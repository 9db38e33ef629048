/**
 * Proposals: a workgroup's drafts for the Editorial Panel, each with ordered Markdown sections
 * whose text lives in the revision store. Every method checks the caller's role in the workgroup
 * that owns the proposal.
 */
@NullMarked
package org.quire.proposal;

import org.jspecify.annotations.NullMarked;
