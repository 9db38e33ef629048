package org.quire.workgroup.matrix;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.quire.SignedIn;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.shared.PersonKey;
import org.quire.workgroup.Membership;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.context.ApplicationContext;

/**
 * The people of the matrix and the workgroups they are in. Each fixture gets a workgroup of its own
 * with every persona's membership, so what one allowed call did never decides the next one.
 */
final class MatrixWorld {

    private static final String ISSUER = "urn:quire:matrix";
    private static final AtomicInteger fixtures = new AtomicInteger();

    final ApplicationContext beans;
    private final PersonDirectory people;
    private final SignInSettings signIn;
    private final WorkgroupStore workgroupStore;
    private final MembershipStore memberships;
    private final Workgroup otherWorkgroup;

    MatrixWorld(ApplicationContext beans) {
        this.beans = beans;
        this.people = beans.getBean(PersonDirectory.class);
        this.signIn = beans.getBean(SignInSettings.class);
        this.workgroupStore = beans.getBean(WorkgroupStore.class);
        this.memberships = beans.getBean(MembershipStore.class);
        for (var persona : Persona.values()) {
            people.introduce(key(persona), "Matrix " + persona.name().toLowerCase(java.util.Locale.ROOT), null, null);
        }
        this.otherWorkgroup = workgroupStore.findBySlug("matrix-other").orElseGet(() -> workgroupStore.create(
                new NewWorkgroup("matrix-other", "Matrix Other Workgroup", "Another workgroup.",
                        List.of("Look at other codes."))));
        memberships.add(new Membership(otherWorkgroup.id(), key(Persona.OTHER_WORKGROUP_STAFF), WorkgroupRole.STAFF,
                MembershipStatus.ACTIVE));
    }

    /** The demo {@code staff} account is a Quire administrator; it has no role in the fixtures' workgroups. */
    PersonKey key(Persona persona) {
        return persona == Persona.ADMINISTRATOR ? new PersonKey(signIn.issuer(), "staff")
                : new PersonKey(ISSUER, persona.subject());
    }

    Fixture newFixture() {
        int number = fixtures.incrementAndGet();
        var workgroup = workgroupStore.create(new NewWorkgroup("matrix-" + number, "Matrix Workgroup " + number,
                "A workgroup of the permission matrix.", List.of("Recommend codes.", "Write guidance.")));
        for (var persona : Persona.values()) {
            if (persona.role() != null) {
                memberships.add(new Membership(workgroup.id(), key(persona), persona.role(), persona.status()));
            }
        }
        return new Fixture(this, workgroup, otherWorkgroup);
    }

    void signInAs(Persona persona) {
        var key = key(persona);
        SignedIn.as(people, key.issuer(), key.subject());
    }

    /** Runs {@code work} signed in as {@code persona}, then restores whoever was signed in. */
    <T> T as(Persona persona, Callable<T> work) {
        var before = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        try {
            signInAs(persona);
            return work.call();
        } catch (Exception failed) {
            throw new IllegalStateException("Arranging the fixture as " + persona + " failed", failed);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
