package org.quire.workgroup.matrix;

import java.util.Map;

/**
 * Public methods of services that are not operations a person asks for, each with the reason the
 * access policy does not apply. A method belongs here only with such a reason.
 */
final class ExemptMethods {

    private ExemptMethods() {
    }

    static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("AuditTrail.record(AuditEntry)", "written by services after their own check"),
            Map.entry("AuditTrail.ofWorkgroup(String, int)", "no view or service hands it to a person; staff read the log through WorkgroupAuditLog, which checks"),
            Map.entry("AuditTrail.ofActor(PersonKey, int)", "used by services and tests about the caller's own events"),
            Map.entry("AuditTrail.find(AuditQuery, int, int)", "read only through WorkgroupAuditLog, which checks"),
            Map.entry("AuditTrail.count(AuditQuery)", "read only through WorkgroupAuditLog, which checks"),
            Map.entry("AuditTrail.each(AuditQuery, int, Consumer)", "read only through WorkgroupAuditLog, which checks"),
            Map.entry("AuditTrail.actionsOf(String)", "read only through WorkgroupAuditLog, which checks"),
            Map.entry("AuditTrail.objectTypesOf(String)", "read only through WorkgroupAuditLog, which checks"),
            Map.entry("AuditTrail.actorsOf(String)", "read only through WorkgroupAuditLog, which checks"),
            Map.entry("CurrentPerson.find()", "says who is signed in; no workgroup data"),
            Map.entry("CurrentPerson.require()", "says who is signed in; no workgroup data"),
            Map.entry("PersonDirectory.find(PersonKey)",
                    "names people whose keys the caller got from a checked read (authors, members)"),
            Map.entry("PersonDirectory.findAll(Collection)", "as find, for many keys"),
            Map.entry("PersonDirectory.profile(PersonKey)",
                    "a member's disclosures, read by WorkgroupMembers.details after its staff check"),
            Map.entry("PersonDirectory.search(String, int)",
                    "read by WorkgroupFounding.candidates after its administrator check"),
            Map.entry("PersonDirectory.introduce(PersonKey, String, String, String)",
                    "records a person before first sign-in (seeding); no role, no workgroup data"),
            Map.entry("MarkdownRenderer.render(String)", "a pure function of the text it is given"),
            Map.entry("MarkdownRenderer.renderAsync(String)", "a pure function of the text it is given"),
            Map.entry("RenderedChanges.sideBySide(TextDiff)", "renders a diff the caller already read through a check"),
            Map.entry("RenderedChanges.inline(TextDiff)", "renders a diff the caller already read through a check"),
            Map.entry("StoreStatus.isAvailable()", "database health; no data"),
            Map.entry("StoreStatus.current()", "database health; no data"),
            Map.entry("StoreStatus.reportFailure(DataAccessException)", "database health; no data"),
            Map.entry("StoreStatus.subscribe(Consumer)", "database health; no data"),
            Map.entry("WorkgroupAccess.roleOf(PersonKey, WorkgroupId)", "the access policy itself"),
            Map.entry("WorkgroupAccess.allows(Person, WorkgroupId, WorkgroupAction)", "the access policy itself"),
            Map.entry("WorkgroupAccess.require(Person, WorkgroupId, WorkgroupAction, String, String)",
                    "the access policy itself"),
            Map.entry("WorkgroupAccess.requireSelf(Person, PersonKey, WorkgroupId, String, String, String)",
                    "the access policy itself"),
            Map.entry("WorkgroupAccess.requireCondition(boolean, Person, WorkgroupId, String, String, String, String)",
                    "the access policy itself"),
            Map.entry("WorkgroupAccess.requireAdministrator(Person, String, String, String)",
                    "the access policy itself"));

    /**
     * Beans whose every method works below the access policy; ArchitectureTest keeps views from
     * calling them.
     */
    static final Map<String, String> BELOW_THE_POLICY = Map.of(
            "Revisions", "the revision store: reached only through the proposal services, which check (ArchitectureTest)",
            "ProposalReaders", "who may read a proposal, for notifications sent on Quire's own behalf with nobody "
                    + "signed in; only the notification module uses it (ArchitectureTest)",
            "ProposalStates", "writes a proposal's state and reads what a milestone freezes; only the lifecycle "
                    + "module, which checks roles and the step table first, and comment periods use it (ArchitectureTest)",
            "ActiveMembers", "a workgroup's active members, for notifications sent on Quire's own behalf with nobody "
                    + "signed in and for the voters a ballot opens with; only the notification module and the "
                    + "lifecycle module's root use it (ArchitectureTest)");
}
