package org.quire.workgroup;

import org.quire.audit.AuditEvent;

/** One line of a workgroup's audit log, with the name of the person who acted. */
public record AuditLogEntry(AuditEvent event, String who) {
}
