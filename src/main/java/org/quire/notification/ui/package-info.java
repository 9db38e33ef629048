/**
 * The notification centre: the bell in the header (the shell's layout places it, hence the named
 * interface) and the {@code /notifications} page with the person's delivery preferences.
 */
@NullMarked
@NamedInterface("ui")
package org.quire.notification.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
