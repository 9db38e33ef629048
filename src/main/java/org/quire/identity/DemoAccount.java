package org.quire.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One of the demo sign-ins of the embedded identity provider (password {@code demo}). The people
 * and organizations are invented. {@code seededRole} names the workgroup role the demo data gives
 * the account in the Telehealth Services Workgroup, or null for a person without a role.
 */
public record DemoAccount(String username, String name, String email, String organization,
        @Nullable String seededRole, String description) {

    public static final String PASSWORD = "demo";

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("staff", "Dana Whitfield", "dana.whitfield@example.org",
                    "Telehealth Workgroup Secretariat", "STAFF",
                    "Staff liaison: runs the workgroup; also a Quire administrator"),
            new DemoAccount("member", "Dr. Rafael Okafor", "rafael.okafor@example.org",
                    "Society for Virtual Care Medicine", "MEMBER",
                    "Workgroup member: drafts proposals and descriptors"),
            new DemoAccount("commenter", "Priya Raman", "priya.raman@example.org",
                    "Academy of Remote Cardiac Monitoring", "COMMENTER",
                    "Specialty-society representative: comments and suggests during comment periods"),
            new DemoAccount("observer", "Marcus Lindqvist", "marcus.lindqvist@example.org",
                    "Editorial Panel liaison office", "OBSERVER",
                    "Observer: reads every proposal"),
            new DemoAccount("visitor", "Jo Byrne", "jo.byrne@example.org",
                    "Northfield Health System", null,
                    "Signed in, not yet a participant"));
}
