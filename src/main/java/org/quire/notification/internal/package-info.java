/** The stored notifications, preferences and the record of comment-period notices already sent. */
@NullMarked
package org.quire.notification.internal;

import org.jspecify.annotations.NullMarked;
