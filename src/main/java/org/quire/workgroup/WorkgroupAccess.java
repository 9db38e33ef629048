package org.quire.workgroup;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.Person;
import org.quire.shared.PersonKey;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.stereotype.Service;

/**
 * The access policy. Every service method asks it, with the workgroup that owns the object, before
 * it reads or changes anything. It reads the membership record each time, so a role change,
 * suspension or removal takes effect on the person's next request. Refusals are audit events.
 */
@Service
public class WorkgroupAccess {

    private final MembershipStore memberships;
    private final WorkgroupStore workgroups;
    private final AuditTrail audit;

    WorkgroupAccess(MembershipStore memberships, WorkgroupStore workgroups, AuditTrail audit) {
        this.memberships = memberships;
        this.workgroups = workgroups;
        this.audit = audit;
    }

    /** The person's role in the workgroup, if their membership is active. */
    public Optional<WorkgroupRole> roleOf(PersonKey person, WorkgroupId workgroup) {
        return memberships.find(workgroup, person).filter(Membership::active).map(Membership::role);
    }

    public boolean allows(Person person, WorkgroupId workgroup, WorkgroupAction action) {
        return roleOf(person.key(), workgroup).map(action::allows).orElse(false);
    }

    /**
     * @param objectType what is acted on ({@code workgroup}, later {@code proposal}, {@code section})
     * @param objectId its id, for the audit log
     * @throws AccessRefused when the person's current role does not allow the action
     */
    public void require(Person person, WorkgroupId workgroup, WorkgroupAction action, String objectType,
            String objectId) {
        if (!allows(person, workgroup, action)) {
            var refused = refuse(person, workgroup.value(), action.name(), objectType, objectId,
                    "You cannot " + action.description() + " in this workgroup.");
            throw memberships.find(workgroup, person.key()).isPresent() ? refused
                    : workgroups.find(workgroup).map(AccessRefused::notMemberOf).orElse(refused);
        }
    }

    /**
     * For what only the person it belongs to may do, whatever their role, such as withdrawing their
     * own participation request.
     */
    public void requireSelf(Person person, PersonKey owner, WorkgroupId workgroup, String action, String objectType,
            String objectId) {
        if (!person.key().equals(owner)) {
            throw refuse(person, workgroup.value(), action, objectType, objectId,
                    "Only the person who made it can do this.");
        }
    }

    /**
     * For what a role allows only while the object is in some state, such as commenting while a
     * comment period is open: refused (and audited) with {@code message} unless {@code met}.
     */
    public void requireCondition(boolean met, Person person, WorkgroupId workgroup, String action,
            String objectType, String objectId, String message) {
        if (!met) {
            throw refuse(person, workgroup.value(), action, objectType, objectId, message);
        }
    }

    /** For what only a Quire administrator may do, such as creating workgroups. */
    public void requireAdministrator(Person person, String action, String objectType, String objectId) {
        if (!person.administrator()) {
            throw refuse(person, null, action, objectType, objectId, "Only a Quire administrator can do this.");
        }
    }

    private AccessRefused refuse(Person person, @Nullable String workgroupId, String action, String objectType,
            String objectId, String message) {
        audit.record(AuditEntry.of(person.key(), "access.refused", workgroupId, objectType, objectId)
                .withChange(null, action));
        return new AccessRefused(message);
    }
}
