package org.quire.workgroup;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.quire.identity.CurrentPerson;
import org.quire.identity.Person;
import org.quire.identity.PersonDirectory;
import org.quire.identity.Profile;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.ParticipationRequestStore;
import org.springframework.stereotype.Service;

import static org.quire.workgroup.MembershipStatus.ACTIVE;
import static org.quire.workgroup.MembershipStatus.REMOVED;
import static org.quire.workgroup.MembershipStatus.SUSPENDED;

/**
 * Staff manage a workgroup's members: the whole roster, each member's disclosures and history, and
 * changes of role or status, each with a written reason, recorded in the member's history and the
 * audit log. The workgroup is never left without active staff. The access policy reads the
 * membership on every request, so a change takes effect on the member's next request.
 */
@Service
public class WorkgroupMembers {

    private static final String OBJECT_TYPE = "membership";

    private final MembershipStore memberships;
    private final ParticipationRequestStore requests;
    private final MembershipHistory history;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final PersonDirectory people;
    private final Clock clock;

    WorkgroupMembers(MembershipStore memberships, ParticipationRequestStore requests, MembershipHistory history,
            WorkgroupAccess access, CurrentPerson currentPerson, PersonDirectory people, Clock clock) {
        this.memberships = memberships;
        this.requests = requests;
        this.history = history;
        this.access = access;
        this.currentPerson = currentPerson;
        this.people = people;
        this.clock = clock;
    }

    /** Every member whatever their status: active first, then suspended, then removed; by role and name. */
    public List<RosterEntry> roster(WorkgroupId workgroup) {
        access.require(currentPerson.require(), workgroup, WorkgroupAction.MANAGE_MEMBERS, "workgroup",
                workgroup.value());
        var all = memberships.ofWorkgroup(workgroup);
        var known = people.findAll(all.stream().map(Membership::person).toList());
        return all.stream().map(m -> entry(m, known.get(m.person())))
                .sorted(Comparator.comparing(RosterEntry::status).thenComparing(RosterEntry::role)
                        .thenComparing(RosterEntry::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** @throws NoSuchElementException when the person was never a member of this workgroup */
    public MemberDetails details(WorkgroupId workgroup, PersonKey person) {
        require(workgroup, person);
        var membership = existing(workgroup, person);
        var profile = people.profile(person);
        return new MemberDetails(entry(membership, people.find(person).orElse(null)),
                profile.map(Profile::disclosure).orElse(null),
                profile.map(Profile::disclosureConfirmedAt).orElse(null),
                profile.map(p -> p.reminder(clock.instant()).isPresent()).orElse(true),
                requests.ofPerson(workgroup, person), history.of(workgroup, person));
    }

    public RosterEntry changeRole(WorkgroupId workgroup, PersonKey person, WorkgroupRole role, String reason) {
        return change(workgroup, person, MembershipChange.Kind.ROLE_CHANGED, reason, "change your own role",
                current -> {
                    refuseIfRemoved(current);
                    if (current.role() == role) {
                        throw new InputRejected(nameOf(person) + " is already " + role.label().toLowerCase() + ".");
                    }
                    return new Membership(workgroup, person, role, current.status());
                });
    }

    public RosterEntry suspend(WorkgroupId workgroup, PersonKey person, String reason) {
        return change(workgroup, person, MembershipChange.Kind.SUSPENDED, reason, "suspend yourself", current -> {
            refuseIfRemoved(current);
            if (current.status() != ACTIVE) {
                throw new InputRejected(nameOf(person) + " is already suspended.");
            }
            return new Membership(workgroup, person, current.role(), SUSPENDED);
        });
    }

    public RosterEntry reinstate(WorkgroupId workgroup, PersonKey person, String reason) {
        return change(workgroup, person, MembershipChange.Kind.REINSTATED, reason, "reinstate yourself", current -> {
            refuseIfRemoved(current);
            if (current.status() != SUSPENDED) {
                throw new InputRejected(nameOf(person) + " is not suspended, so there is nothing to reinstate.");
            }
            return new Membership(workgroup, person, current.role(), ACTIVE);
        });
    }

    /** A removed person keeps their history and may ask to participate again. */
    public RosterEntry remove(WorkgroupId workgroup, PersonKey person, String reason) {
        return change(workgroup, person, MembershipChange.Kind.REMOVED, reason, "remove yourself", current -> {
            refuseIfRemoved(current);
            return new Membership(workgroup, person, current.role(), REMOVED);
        });
    }

    private RosterEntry change(WorkgroupId workgroup, PersonKey person, MembershipChange.Kind kind, String reason,
            String doingItToYourself, UnaryOperator<Membership> next) {
        var me = require(workgroup, person);
        var stated = MembershipReason.check(reason);
        var before = existing(workgroup, person);
        var after = next.apply(before);
        if (leavesNoActiveStaff(before, after)) {
            throw new InputRejected(person.equals(me.key())
                    ? "You are the last active staff of this workgroup, so you cannot " + doingItToYourself
                            + ": make another member staff first, so the workgroup always has staff."
                    : nameOf(person) + " is the last active staff of this workgroup: make another member staff first.");
        }
        if (!memberships.replace(before, after.role(), after.status())) {
            throw new InputRejected("Someone changed this membership a moment ago. Look at it again, then decide.");
        }
        history.changed(me, kind, before, after, stated);
        return entry(after, people.find(person).orElse(null));
    }

    private boolean leavesNoActiveStaff(Membership before, Membership after) {
        var staffBefore = before.active() && before.role() == WorkgroupRole.STAFF;
        var staffAfter = after.active() && after.role() == WorkgroupRole.STAFF;
        return staffBefore && !staffAfter && memberships.countActive(before.workgroupId(), WorkgroupRole.STAFF) <= 1;
    }

    private Person require(WorkgroupId workgroup, PersonKey person) {
        var me = currentPerson.require();
        access.require(me, workgroup, WorkgroupAction.MANAGE_MEMBERS, OBJECT_TYPE, person.toString());
        return me;
    }

    private Membership existing(WorkgroupId workgroup, PersonKey person) {
        return memberships.find(workgroup, person)
                .orElseThrow(() -> new NoSuchElementException("This person is not a member of this workgroup."));
    }

    private void refuseIfRemoved(Membership current) {
        if (current.status() == REMOVED) {
            throw new InputRejected(nameOf(current.person()) + " was removed from this workgroup. They can ask to "
                    + "participate again; you then decide on their new request.");
        }
    }

    private String nameOf(PersonKey person) {
        return people.find(person).map(Person::name).orElse(person.subject());
    }

    private static RosterEntry entry(Membership membership, @Nullable Person person) {
        return person == null
                ? new RosterEntry(membership.person(), membership.person().subject(), null, membership.role(),
                        membership.status())
                : new RosterEntry(membership.person(), person.name(), person.organization(), membership.role(),
                        membership.status());
    }
}
