package org.quire.workgroup;

/** A workgroup the signed-in person takes part in, with their role there. */
public record MyWorkgroup(Workgroup workgroup, WorkgroupRole role) {
}
