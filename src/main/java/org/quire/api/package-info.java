/**
 * The versioned HTTP API under {@code /api/v1} for scripts (DESIGN.md section 6, DD013): people
 * create personal access tokens of their own (named, expiring, shown once, stored only as a hash,
 * revocable, listed with their last use), and a request bearing one acts with exactly that person's
 * roles through the same access policy as the pages. It lists workgroups and proposals, reads a
 * proposal at its current heads or a milestone as JSON, and downloads any export.
 */
@NullMarked
package org.quire.api;

import org.jspecify.annotations.NullMarked;
