package org.quire.workgroup;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.CurrentPerson;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.ParticipationRequestStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Requests to participate in a workgroup: a person without a role asks, staff approve (choosing
 * the role) or decline with a reason, and the person may withdraw while it is pending. Always for
 * the person signed in now; every step is an audit event.
 */
@Service
public class ParticipationRequests {

    private static final String OBJECT_TYPE = "participation-request";
    private static final String NOT_PENDING = "This request is no longer pending: it was decided or withdrawn.";
    private static final String SUSPENDED = "Your participation in this workgroup is suspended. Its staff can "
            + "reinstate you; a new request cannot.";

    private final ParticipationRequestStore requests;
    private final WorkgroupStore workgroups;
    private final WorkgroupService workgroupService;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final AuditTrail audit;
    private final Clock clock;
    private final MembershipStore memberships;
    private final MembershipHistory history;
    private final ApplicationEventPublisher events;

    ParticipationRequests(ParticipationRequestStore requests, WorkgroupStore workgroups,
            WorkgroupService workgroupService, WorkgroupAccess access, CurrentPerson currentPerson, AuditTrail audit,
            Clock clock, MembershipStore memberships, MembershipHistory history, ApplicationEventPublisher events) {
        this.requests = requests;
        this.workgroups = workgroups;
        this.workgroupService = workgroupService;
        this.access = access;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.clock = clock;
        this.memberships = memberships;
        this.history = history;
        this.events = events;
    }

    /**
     * The workgroups where the signed-in person has no active role, so may ask to participate: never
     * where they are suspended (a request is no way round a suspension; a removed person may ask).
     */
    public List<Workgroup> openToYou() {
        var me = currentPerson.require();
        return workgroups.all().stream().filter(w -> memberships.find(w.id(), me.key())
                .map(m -> m.status() == MembershipStatus.REMOVED).orElse(true)).toList();
    }

    /**
     * What a person who may not open a workgroup still may know of it: its name, to ask to join.
     *
     * @throws NoSuchElementException when no workgroup has this short name
     */
    public Workgroup workgroupToJoin(String slug) {
        currentPerson.require();
        return workgroups.findBySlug(slug)
                .orElseThrow(() -> new NoSuchElementException("There is no workgroup '" + slug + "'."));
    }

    /**
     * @throws InputRejected when the person already has a role there, is suspended there, or has a
     *         pending request
     */
    public ParticipationRequest request(WorkgroupId workgroup, NewParticipationRequest details) {
        var me = currentPerson.require();
        workgroups.find(workgroup).orElseThrow(() -> new NoSuchElementException("There is no such workgroup."));
        if (access.roleOf(me.key(), workgroup).isPresent()) {
            throw new InputRejected("You already have a role in this workgroup.");
        }
        if (suspended(workgroup, me.key())) {
            throw new InputRejected(SUSPENDED);
        }
        ParticipationRequest created;
        try {
            created = requests.insert(workgroup, me.key(), me.name(), details, clock.instant());
        } catch (DuplicateKeyException open) {
            throw new InputRejected("You already have a pending request for this workgroup; withdraw it to "
                    + "ask again.");
        }
        audit.record(AuditEntry.of(me.key(), "participation.requested", workgroup.value(), OBJECT_TYPE,
                created.id().value()).withChange(null, created.summary()));
        return created;
    }

    /** The signed-in person's newest request to this workgroup, whatever became of it. */
    public Optional<ParticipationRequest> yours(WorkgroupId workgroup) {
        return requests.latest(workgroup, currentPerson.require().key());
    }

    public ParticipationRequest withdraw(ParticipationRequestId id) {
        var me = currentPerson.require();
        var request = existing(id);
        access.requireSelf(me, request.person(), request.workgroupId(), "WITHDRAW_PARTICIPATION_REQUEST",
                OBJECT_TYPE, id.value());
        var withdrawn = requests.close(id, ParticipationStatus.WITHDRAWN, null, null, clock.instant())
                .orElseThrow(() -> new InputRejected(NOT_PENDING));
        recordDecision(request, withdrawn, "participation.withdrawn");
        return withdrawn;
    }

    /** Oldest first. */
    public List<ParticipationRequest> pending(WorkgroupId workgroup) {
        var me = currentPerson.require();
        access.require(me, workgroup, WorkgroupAction.REVIEW_PARTICIPATION_REQUESTS, "workgroup", workgroup.value());
        return requests.pending(workgroup);
    }

    /** Grants {@code role} (which may differ from the one asked) through the workgroup's membership. */
    public ParticipationRequest approve(ParticipationRequestId id, WorkgroupRole role) {
        var me = currentPerson.require();
        var request = existing(id);
        access.require(me, request.workgroupId(), WorkgroupAction.REVIEW_PARTICIPATION_REQUESTS, OBJECT_TYPE,
                id.value());
        ParticipationDecision.checkRole(role);
        var before = memberships.find(request.workgroupId(), request.person());
        if (before.filter(m -> m.status() == MembershipStatus.SUSPENDED).isPresent()) {
            throw new InputRejected(request.personName() + " is suspended in this workgroup: reinstate them on the "
                    + "members page, or decline this request.");
        }
        var approved = requests.close(id, ParticipationStatus.APPROVED, role, null, clock.instant())
                .orElseThrow(() -> new InputRejected(NOT_PENDING));
        recordDecision(request, approved, "participation.approved");
        workgroupService.addMember(request.workgroupId(), request.person(), role);
        history.joined(me, approved, before.orElse(null), new Membership(request.workgroupId(), request.person(), role,
                MembershipStatus.ACTIVE));
        decided(approved, me.key());
        return approved;
    }

    public ParticipationRequest decline(ParticipationRequestId id, String reason) {
        var me = currentPerson.require();
        var request = existing(id);
        access.require(me, request.workgroupId(), WorkgroupAction.REVIEW_PARTICIPATION_REQUESTS, OBJECT_TYPE,
                id.value());
        var stated = ParticipationDecision.checkReason(reason);
        var declined = requests.close(id, ParticipationStatus.DECLINED, null, stated, clock.instant())
                .orElseThrow(() -> new InputRejected(NOT_PENDING));
        recordDecision(request, declined, "participation.declined");
        decided(declined, me.key());
        return declined;
    }

    private void decided(ParticipationRequest request, PersonKey by) {
        workgroups.find(request.workgroupId()).ifPresent(workgroup -> events.publishEvent(new ParticipationDecided(
                request.id(), request.person(), workgroup, request.status(), request.grantedRole(),
                request.declineReason(), by)));
    }

    private boolean suspended(WorkgroupId workgroup, PersonKey person) {
        return memberships.find(workgroup, person).filter(m -> m.status() == MembershipStatus.SUSPENDED).isPresent();
    }

    private ParticipationRequest existing(ParticipationRequestId id) {
        return requests.find(id).orElseThrow(() -> new NoSuchElementException("There is no such request."));
    }

    private void recordDecision(ParticipationRequest before, ParticipationRequest after, String action) {
        audit.record(AuditEntry.of(currentPerson.require().key(), action, after.workgroupId().value(), OBJECT_TYPE,
                after.id().value()).withChange(before.summary(), after.summary()));
    }
}
