package org.quire.workgroup.ui;

import org.quire.workgroup.Workgroup;

/** The addresses of the participation-request views, in one place. */
final class ParticipationRoutes {

    private ParticipationRoutes() {
    }

    static String requestForm(Workgroup workgroup) {
        return "workgroups/" + workgroup.slug() + "/participate";
    }

    static String yourRequest(Workgroup workgroup) {
        return "workgroups/" + workgroup.slug() + "/your-request";
    }

    static String review(Workgroup workgroup) {
        return "workgroups/" + workgroup.slug() + "/participation-requests";
    }
}
