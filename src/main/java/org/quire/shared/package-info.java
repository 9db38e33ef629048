/**
 * Small values every module may use. Open on purpose: it holds no behaviour of its own.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.quire.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
