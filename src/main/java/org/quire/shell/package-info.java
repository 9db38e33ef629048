/**
 * The application shell: page layout, navigation, the demo-mode banner and error pages.
 */
@NullMarked
package org.quire.shell;

import org.jspecify.annotations.NullMarked;
