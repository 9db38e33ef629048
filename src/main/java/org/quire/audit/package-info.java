/**
 * The append-only audit log: who did what to which object, when and from where.
 * {@link org.quire.audit.AuditTrail#record} is the single way in; nothing updates or deletes.
 */
@NullMarked
package org.quire.audit;

import org.jspecify.annotations.NullMarked;
