/**
 * Notifications (DD011): who is told what when people comment, mention each other, decide
 * suggestions, record dispositions, decide participation requests, when comment periods open or
 * are about to close, when a proposal moves on in its lifecycle and when a member proposes it
 * should; stored per person, shown live in the notification centre and, when a mail server is
 * configured and the person chose it, sent by e-mail. Nothing depends on this module.
 */
@NullMarked
package org.quire.notification;

import org.jspecify.annotations.NullMarked;
