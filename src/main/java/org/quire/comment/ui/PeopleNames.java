package org.quire.comment.ui;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.quire.comment.CommentThread;
import org.quire.identity.PersonDirectory;
import org.quire.shared.PersonKey;

/** The names of everyone the threads mention (authors, resolvers, deciders), read once per showing. */
final class PeopleNames {

    private PeopleNames() {
    }

    static Map<PersonKey, String> of(PersonDirectory people, List<CommentThread> threads) {
        var keys = new LinkedHashSet<PersonKey>();
        for (var thread : threads) {
            keys.add(thread.startedBy());
            thread.comments().forEach(comment -> keys.add(comment.author()));
            Stream.of(thread.resolution() == null ? null : thread.resolution().by(),
                    thread.suggestion() == null || thread.suggestion().decision() == null ? null
                            : thread.suggestion().decision().by(),
                    thread.disposition() == null ? null : thread.disposition().by())
                    .filter(Objects::nonNull).forEach(keys::add);
        }
        var names = new HashMap<PersonKey, String>();
        people.findAll(keys).forEach((key, person) -> names.put(key, person.name()));
        return names;
    }
}
