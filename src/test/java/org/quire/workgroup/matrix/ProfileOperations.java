package org.quire.workgroup.matrix;

import java.util.List;

import org.quire.identity.Disclosure;
import org.quire.identity.Profiles;

import static org.quire.workgroup.matrix.Operation.forEveryone;

/** A person's own profile: everyone signed in keeps their own, and only their own. */
final class ProfileOperations {

    private ProfileOperations() {
    }

    static List<Operation> all() {
        return List.of(
                forEveryone("Profiles.yours()", f -> profiles(f).yours()),
                forEveryone("Profiles.changeOrganization(String)",
                        f -> profiles(f).changeOrganization("Society of Matrix Medicine")),
                forEveryone("Profiles.changeDisclosure(Disclosure)", f -> profiles(f).changeDisclosure(Disclosure.none())),
                forEveryone("Profiles.confirmDisclosure()", f -> profiles(f).confirmDisclosure()),
                forEveryone("Profiles.reminder()", f -> profiles(f).reminder()));
    }

    private static Profiles profiles(Fixture fixture) {
        return fixture.bean(Profiles.class);
    }
}
