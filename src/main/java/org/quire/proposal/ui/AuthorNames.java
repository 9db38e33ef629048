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

    /** "Casey Kim and Lee Park" for whose suggested edits the revision applies; empty for an ordinary save. */
    static String suggesters(PersonDirectory people, Revision revision) {
        var named = people.findAll(revision.suggestedBy());
        var names = revision.suggestedBy().stream()
                .map(key -> named.containsKey(key) ? named.get(key).name() : key.subject()).toList();
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** The author, and who suggested what they accepted: "Dana Whitfield, suggested by Casey Kim". */
    static String nameWithSuggesters(PersonDirectory people, Revision revision) {
        return name(people, revision) + (revision.suggestedBy().isEmpty() ? ""
                : ", suggested by " + suggesters(people, revision));
    }

    static String name(PersonDirectory people, Revision revision) {
        return people.find(revision.author()).map(person -> person.name()).orElse(revision.author().subject());
    }
}
