package org.quire.workgroup;

import java.util.ArrayList;
import java.util.List;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.CurrentPerson;
import org.quire.identity.Person;
import org.quire.identity.PersonDirectory;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Quire administrators create workgroups and name each one's first staff, who then take in
 * everyone else. A workgroup never exists without someone who can manage it.
 */
@Service
public class WorkgroupFounding {

    static final String ACTION = "CREATE_WORKGROUP";
    /** Most people a search for the first staff lists. */
    public static final int MAX_CANDIDATES = 20;

    private final WorkgroupStore workgroups;
    private final MembershipStore memberships;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final PersonDirectory people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MembershipHistory history;

    WorkgroupFounding(WorkgroupStore workgroups, MembershipStore memberships, WorkgroupAccess access,
            CurrentPerson currentPerson, PersonDirectory people, AuditTrail audit, ApplicationEventPublisher events,
            MembershipHistory history) {
        this.history = history;
        this.workgroups = workgroups;
        this.memberships = memberships;
        this.access = access;
        this.currentPerson = currentPerson;
        this.people = people;
        this.audit = audit;
        this.events = events;
    }

    /** Whether the signed-in person may create workgroups, to offer the link; asks nothing of the log. */
    public boolean allowed() {
        return currentPerson.find().map(Person::administrator).orElse(false);
    }

    /** @throws AccessRefused (audited) unless the signed-in person is a Quire administrator */
    public void requireAllowed() {
        access.requireAdministrator(currentPerson.require(), ACTION, "workgroup", "new");
    }

    /** People Quire knows whose name or e-mail contains the text, for choosing the first staff. */
    public List<Person> candidates(String text) {
        access.requireAdministrator(currentPerson.require(), "FIND_FIRST_STAFF", "person", "search");
        return people.search(text, MAX_CANDIDATES);
    }

    /**
     * Creates the workgroup with {@code firstStaff} as its staff, both audited.
     *
     * @throws AccessRefused (audited, nothing created) unless the signed-in person is an administrator
     * @throws InputRejected when the short name or name is taken, or Quire does not know the person
     */
    public Workgroup create(NewWorkgroup request, PersonKey firstStaff) {
        var me = currentPerson.require();
        access.requireAdministrator(me, ACTION, "workgroup", request.slug());
        var problems = new ArrayList<String>();
        if (workgroups.findBySlug(request.slug()).isPresent()) {
            problems.add(NewWorkgroup.slugTaken(request.slug()));
        }
        // Few workgroups exist, so comparing names here is cheap; the short name's unique index is the hard guarantee.
        if (workgroups.all().stream().anyMatch(w -> w.name().strip().equalsIgnoreCase(request.name().strip()))) {
            problems.add(NewWorkgroup.nameTaken(request.name()));
        }
        if (people.find(firstStaff).isEmpty()) {
            problems.add("Choose the first staff from the people Quire knows (they have signed in at least once).");
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        Workgroup created;
        try {
            created = workgroups.create(request);
        } catch (DuplicateKeyException raced) {
            throw new InputRejected(NewWorkgroup.slugTaken(request.slug()));
        }
        var staff = new Membership(created.id(), firstStaff, WorkgroupRole.STAFF, MembershipStatus.ACTIVE);
        memberships.add(staff);
        history.founded(me, staff);
        audit.record(AuditEntry.of(me.key(), "workgroup.created", created.id().value(), "workgroup",
                created.id().value()).withChange(null, created.name()));
        audit.record(AuditEntry.of(me.key(), "workgroup.member-added", created.id().value(), "membership",
                firstStaff.toString()).withChange(null, WorkgroupRole.STAFF.name()));
        events.publishEvent(new WorkgroupCreated(created.id(), created.slug(), me.key()));
        events.publishEvent(new MemberAdded(created.id(), firstStaff, WorkgroupRole.STAFF, me.key()));
        return created;
    }
}
