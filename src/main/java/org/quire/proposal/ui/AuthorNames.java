package org.quire.proposal.ui;

import java.util.List;
import java.util.stream.Collectors;

import org.quire.identity.PersonDirectory;
import org.quire.revision.Revision;

/** "Dana Whitfield (revision 4)" for the revisions a message talks about. */
final class AuthorNames {

    private AuthorNames() {
    }

    static String of(PersonDirectory people, List<Revision> revisions) {
        return revisions.stream()
                .map(r -> name(people, r) + " (revision " + r.number() + ")")
                .collect(Collectors.joining(", "));
    }

    static String name(PersonDirectory people, Revision revision) {
        return people.find(revision.author()).map(person -> person.name()).orElse(revision.author().subject());
    }
}
