/**
 * The one Markdown pipeline: flexmark-java configured once, then an allow-list sanitizer, so
 * rendered Markdown can never run script wherever it is shown.
 */
@NullMarked
package org.quire.markdown;

import org.jspecify.annotations.NullMarked;
