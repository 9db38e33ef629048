@NullMarked
package org.quire.lifecycle.ui;

import org.jspecify.annotations.NullMarked;
