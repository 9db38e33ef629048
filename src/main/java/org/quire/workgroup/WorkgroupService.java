package org.quire.workgroup;

import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.CurrentPerson;
import org.quire.identity.Person;
import org.quire.identity.PersonDirectory;
import org.quire.shared.PersonKey;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Workgroups and their members, always for the person signed in now. */
@Service
public class WorkgroupService {

    private final WorkgroupStore workgroups;
    private final MembershipStore memberships;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final PersonDirectory people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    WorkgroupService(WorkgroupStore workgroups, MembershipStore memberships, WorkgroupAccess access,
            CurrentPerson currentPerson, PersonDirectory people, AuditTrail audit, ApplicationEventPublisher events) {
        this.workgroups = workgroups;
        this.memberships = memberships;
        this.access = access;
        this.currentPerson = currentPerson;
        this.people = people;
        this.audit = audit;
        this.events = events;
    }

    /** The workgroups where the signed-in person has an active role, by name. */
    public List<MyWorkgroup> mine() {
        var me = currentPerson.require();
        return memberships.ofPerson(me.key()).stream().filter(Membership::active)
                .flatMap(m -> workgroups.find(m.workgroupId()).map(w -> new MyWorkgroup(w, m.role())).stream())
                .sorted(Comparator.comparing(mine -> mine.workgroup().name()))
                .toList();
    }

    /**
     * @throws NoSuchElementException when no workgroup has this short name
     * @throws AccessRefused when the signed-in person has no active role in it
     */
    public WorkgroupHome home(String slug) {
        var me = currentPerson.require();
        var workgroup = workgroups.findBySlug(slug)
                .orElseThrow(() -> new NoSuchElementException("There is no workgroup '" + slug + "'."));
        access.require(me, workgroup.id(), WorkgroupAction.VIEW_WORKGROUP, "workgroup", workgroup.id().value());
        var role = access.roleOf(me.key(), workgroup.id()).orElseThrow();
        List<Member> members = access.allows(me, workgroup.id(), WorkgroupAction.VIEW_MEMBERS)
                ? membersOf(workgroup.id()) : List.of();
        return new WorkgroupHome(workgroup, members, role);
    }

    /**
     * @throws NoSuchElementException when there is no such workgroup
     * @throws AccessRefused when the signed-in person has no active role in it
     */
    public Workgroup workgroup(WorkgroupId id) {
        var me = currentPerson.require();
        var workgroup = workgroups.find(id).orElseThrow(() -> new NoSuchElementException("There is no such workgroup."));
        access.require(me, id, WorkgroupAction.VIEW_WORKGROUP, "workgroup", id.value());
        return workgroup;
    }

    /** Like {@link #workgroup(WorkgroupId)}, by short name. */
    public Workgroup workgroup(String slug) {
        var workgroup = workgroups.findBySlug(slug)
                .orElseThrow(() -> new NoSuchElementException("There is no workgroup '" + slug + "'."));
        return workgroup(workgroup.id());
    }

    public void addMember(WorkgroupId workgroup, PersonKey person, WorkgroupRole role) {
        var me = currentPerson.require();
        access.require(me, workgroup, WorkgroupAction.MANAGE_MEMBERS, "membership", person.toString());
        memberships.add(new Membership(workgroup, person, role, MembershipStatus.ACTIVE));
        audit.record(AuditEntry.of(me.key(), "workgroup.member-added", workgroup.value(), "membership",
                person.toString()).withChange(null, role.name()));
        events.publishEvent(new MemberAdded(workgroup, person, role, me.key()));
    }

    private List<Member> membersOf(WorkgroupId workgroup) {
        var active = memberships.ofWorkgroup(workgroup).stream().filter(Membership::active).toList();
        var known = people.findAll(active.stream().map(Membership::person).toList());
        return active.stream().map(m -> {
            Person person = known.get(m.person());
            return person == null ? new Member(m.person(), m.person().subject(), null, m.role())
                    : new Member(m.person(), person.name(), person.organization(), m.role());
        }).sorted(Comparator.comparing(Member::role).thenComparing(Member::name)).toList();
    }
}
