package org.quire.workgroup.matrix;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.quire.audit.AuditQuery;

import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.ParticipationRequests;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.WorkgroupAuditLog;
import org.quire.workgroup.WorkgroupFounding;
import org.quire.workgroup.WorkgroupMembers;
import org.quire.workgroup.WorkgroupService;

import static org.quire.workgroup.matrix.Operation.forEveryone;
import static org.quire.workgroup.matrix.Operation.of;
import static org.quire.workgroup.matrix.Persona.ADMINISTRATOR;
import static org.quire.workgroup.matrix.Persona.COMMENTER;
import static org.quire.workgroup.matrix.Persona.MEMBER;
import static org.quire.workgroup.matrix.Persona.NO_ROLE;
import static org.quire.workgroup.matrix.Persona.OBSERVER;
import static org.quire.workgroup.matrix.Persona.OTHER_WORKGROUP_STAFF;
import static org.quire.workgroup.matrix.Persona.STAFF;
import static org.quire.workgroup.matrix.Persona.SUSPENDED_MEMBER;

/**
 * The workgroup module's operations: workgroups and their founding, members, participation
 * requests, the audit log.
 */
final class WorkgroupOperations {

    private static final Persona[] WITH_A_ROLE = {STAFF, MEMBER, COMMENTER, OBSERVER};

    private WorkgroupOperations() {
    }

    static List<Operation> all() {
        return List.of(
                forEveryone("WorkgroupService.mine()", f -> workgroups(f).mine()),
                of("WorkgroupService.home(String)", f -> workgroups(f).home(f.workgroup().slug()), WITH_A_ROLE),
                of("WorkgroupService.workgroup(WorkgroupId)", f -> workgroups(f).workgroup(f.workgroupId()),
                        WITH_A_ROLE),
                of("WorkgroupService.workgroup(String)", f -> workgroups(f).workgroup(f.workgroup().slug()),
                        WITH_A_ROLE),
                of("WorkgroupService.addMember(WorkgroupId, PersonKey, WorkgroupRole)", f -> workgroups(f)
                        .addMember(f.workgroupId(), f.key(NO_ROLE), WorkgroupRole.OBSERVER), STAFF),

                forEveryone("ParticipationRequests.openToYou()", f -> requests(f).openToYou()),
                forEveryone("ParticipationRequests.workgroupToJoin(String)",
                        f -> requests(f).workgroupToJoin(f.workgroup().slug())),
                of("ParticipationRequests.request(WorkgroupId, NewParticipationRequest)", f -> requests(f)
                        .request(f.workgroupId(), Fixture.participationDetails()),
                        NO_ROLE, OTHER_WORKGROUP_STAFF, ADMINISTRATOR)
                        .rejecting(STAFF, MEMBER, COMMENTER, OBSERVER, SUSPENDED_MEMBER),
                forEveryone("ParticipationRequests.yours(WorkgroupId)", f -> requests(f).yours(f.workgroupId())),
                of("ParticipationRequests.withdraw(ParticipationRequestId)",
                        f -> requests(f).withdraw(f.pendingRequest()), NO_ROLE),
                of("ParticipationRequests.pending(WorkgroupId)", f -> requests(f).pending(f.workgroupId()), STAFF),
                of("ParticipationRequests.approve(ParticipationRequestId, WorkgroupRole)",
                        f -> requests(f).approve(f.pendingRequest(), WorkgroupRole.COMMENTER), STAFF),
                of("ParticipationRequests.decline(ParticipationRequestId, String)",
                        f -> requests(f).decline(f.pendingRequest(), "Not this year."), STAFF),

                forEveryone("WorkgroupFounding.allowed()", f -> founding(f).allowed()),
                of("WorkgroupFounding.requireAllowed()", f -> founding(f).requireAllowed(), ADMINISTRATOR),
                of("WorkgroupFounding.candidates(String)", f -> founding(f).candidates("Matrix"), ADMINISTRATOR),
                of("WorkgroupFounding.create(NewWorkgroup, PersonKey)", f -> founding(f).create(new NewWorkgroup(
                        f.workgroup().slug() + "-new", f.workgroup().name() + " (new)", "Created in the matrix.",
                        List.of("Recommend codes.")), f.key(NO_ROLE)), ADMINISTRATOR),

                of("WorkgroupMembers.roster(WorkgroupId)", f -> members(f).roster(f.workgroupId()), STAFF),
                of("WorkgroupMembers.details(WorkgroupId, PersonKey)",
                        f -> members(f).details(f.workgroupId(), f.key(MEMBER)), STAFF),
                of("WorkgroupMembers.changeRole(WorkgroupId, PersonKey, WorkgroupRole, String)", f -> members(f)
                        .changeRole(f.workgroupId(), f.key(MEMBER), WorkgroupRole.OBSERVER, "Asked to step back."),
                        STAFF),
                of("WorkgroupMembers.suspend(WorkgroupId, PersonKey, String)",
                        f -> members(f).suspend(f.workgroupId(), f.key(MEMBER), "Undisclosed interest."), STAFF),
                of("WorkgroupMembers.reinstate(WorkgroupId, PersonKey, String)", f -> members(f)
                        .reinstate(f.workgroupId(), f.key(SUSPENDED_MEMBER), "Disclosure received."), STAFF),
                of("WorkgroupMembers.remove(WorkgroupId, PersonKey, String)",
                        f -> members(f).remove(f.workgroupId(), f.key(OBSERVER), "Left the liaison office."), STAFF),

                of("WorkgroupAuditLog.page(AuditQuery, int, int)",
                        f -> auditLog(f).page(AuditQuery.of(f.workgroupId().value()), 0, 10), STAFF),
                of("WorkgroupAuditLog.count(AuditQuery)",
                        f -> auditLog(f).count(AuditQuery.of(f.workgroupId().value())), STAFF),
                of("WorkgroupAuditLog.choices(WorkgroupId)", f -> auditLog(f).choices(f.workgroupId()), STAFF),
                of("WorkgroupAuditLog.export(AuditQuery, OutputStream)", f -> auditLog(f)
                        .export(AuditQuery.of(f.workgroupId().value()), new ByteArrayOutputStream()), STAFF));
    }

    private static WorkgroupService workgroups(Fixture fixture) {
        return fixture.bean(WorkgroupService.class);
    }

    private static WorkgroupFounding founding(Fixture fixture) {
        return fixture.bean(WorkgroupFounding.class);
    }

    private static WorkgroupMembers members(Fixture fixture) {
        return fixture.bean(WorkgroupMembers.class);
    }

    private static WorkgroupAuditLog auditLog(Fixture fixture) {
        return fixture.bean(WorkgroupAuditLog.class);
    }

    private static ParticipationRequests requests(Fixture fixture) {
        return fixture.bean(ParticipationRequests.class);
    }
}
