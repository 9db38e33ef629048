@NullMarked
package org.quire.proposal.internal;

import org.jspecify.annotations.NullMarked;
