/** The export pages: a proposal's export form with its progress, and the workgroup package. */
@NullMarked
package org.quire.export.ui;

import org.jspecify.annotations.NullMarked;
