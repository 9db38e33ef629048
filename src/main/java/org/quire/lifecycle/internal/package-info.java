@NullMarked
package org.quire.lifecycle.internal;

import org.jspecify.annotations.NullMarked;
