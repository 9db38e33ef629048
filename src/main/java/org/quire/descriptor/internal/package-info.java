/**
 * How descriptor sets are checked and rendered: input limits, the rule checks, the HTML builders
 * and the demo family. Nothing here is API.
 */
@NullMarked
package org.quire.descriptor.internal;

import org.jspecify.annotations.NullMarked;
