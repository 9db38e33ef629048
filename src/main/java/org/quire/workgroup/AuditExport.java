package org.quire.workgroup;

/** What an audit log export wrote: {@code truncated} when the filters selected more than it holds. */
public record AuditExport(long rows, long selected, boolean truncated) {
}
