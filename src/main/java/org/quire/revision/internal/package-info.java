/**
 * How revisions are kept: the Mongo documents and stores, the head cache, snapshot and delta
 * encoding, and the word tokens that diff, merge and blame run on. Hidden from other modules.
 */
@NullMarked
package org.quire.revision.internal;

import org.jspecify.annotations.NullMarked;
