package org.quire.workgroup;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.Person;
import org.quire.shared.PersonKey;
import org.quire.workgroup.internal.MembershipChangeStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes each member's history (append-only) and announces the change. Staff's changes are also
 * audit events here; joining through a request is audited by the request's own decision.
 */
@Component
class MembershipHistory {

    private final MembershipChangeStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MembershipHistory(MembershipChangeStore store, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The first entry of a person who joined (or, after removal, rejoined) through an approved request. */
    void joined(Person by, ParticipationRequest approved, @Nullable Membership before, Membership after) {
        var reason = "Participation request approved as " + after.role().label().toLowerCase() + " (asked for "
                + approved.details().roleAsked().label().toLowerCase() + ").";
        append(by, MembershipChange.Kind.JOINED, before, after, reason);
    }

    /** The first staff, named by the administrator who created the workgroup (audited by the founding). */
    void founded(Person by, Membership staff) {
        append(by, MembershipChange.Kind.JOINED, null, staff, "Named the first staff when the workgroup was created.");
    }

    /** Staff changed a role or status; recorded with the reason they gave. */
    void changed(Person by, MembershipChange.Kind kind, Membership before, Membership after, String reason) {
        append(by, kind, before, after, reason);
        audit.record(AuditEntry.of(by.key(), auditAction(kind), after.workgroupId().value(), "membership",
                after.person().toString()).withChange(state(before), state(after) + "; reason: " + reason));
    }

    List<MembershipChange> of(WorkgroupId workgroup, PersonKey person) {
        return store.of(workgroup, person);
    }

    private void append(Person by, MembershipChange.Kind kind, @Nullable Membership before, Membership after,
            String reason) {
        var change = new MembershipChange(after.workgroupId(), after.person(), clock.instant(), by.key(), by.name(),
                kind, before == null ? null : before.role(), after.role(), before == null ? null : before.status(),
                after.status(), reason);
        store.append(change);
        events.publishEvent(new MembershipChanged(change));
    }

    static String auditAction(MembershipChange.Kind kind) {
        return switch (kind) {
            case JOINED -> "workgroup.member-added";
            case ROLE_CHANGED -> "workgroup.member-role-changed";
            case SUSPENDED -> "workgroup.member-suspended";
            case REINSTATED -> "workgroup.member-reinstated";
            case REMOVED -> "workgroup.member-removed";
        };
    }

    private static String state(Membership membership) {
        return membership.role().name() + ", " + membership.status().name();
    }
}
