package org.quire.workgroup;

import java.util.List;

/** What the workgroup home shows: the workgroup, its members, and the viewer's own role. */
public record WorkgroupHome(Workgroup workgroup, List<Member> members, WorkgroupRole yourRole) {

    public WorkgroupHome {
        members = List.copyOf(members);
    }
}
