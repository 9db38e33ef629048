package org.quire.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.identity.internal.Administrators;
import org.quire.identity.internal.PersonStore;
import org.quire.shared.PersonKey;
import org.springframework.stereotype.Service;

/** The people Quire knows: everyone who signed in, and people named in memberships. */
@Service
public class PersonDirectory {

    public static final int MAX_SEARCH_RESULTS = 50;
    static final int MAX_SEARCH_TEXT = 100;

    private final PersonStore store;
    private final Administrators administrators;

    PersonDirectory(PersonStore store, Administrators administrators) {
        this.store = store;
        this.administrators = administrators;
    }

    public Optional<Person> find(PersonKey key) {
        return store.find(key).map(stored -> stored.toPerson(administrators));
    }

    /**
     * A person's profile as Quire last saw it (name and e-mail from their latest sign-in). Callers
     * check their own permission first: the directory does not know workgroup roles.
     */
    public Optional<Profile> profile(PersonKey key) {
        return store.find(key).map(stored -> new Profile(key, stored.name(), stored.email(), stored.organization(),
                stored.disclosure(), stored.disclosureConfirmedAt()));
    }

    /** In the order of the keys; people not yet known are left out. */
    public Map<PersonKey, Person> findAll(Collection<PersonKey> keys) {
        var found = new LinkedHashMap<PersonKey, Person>();
        for (var key : keys) {
            find(key).ifPresent(person -> found.put(key, person));
        }
        return found;
    }

    /**
     * People Quire knows whose name or e-mail contains {@code text} (ignoring case), by name: at most
     * {@code limit}, and never more than {@link #MAX_SEARCH_RESULTS}. Blank text finds everyone.
     */
    public List<Person> search(String text, int limit) {
        var trimmed = text.strip();
        if (trimmed.length() > MAX_SEARCH_TEXT) {
            trimmed = trimmed.substring(0, MAX_SEARCH_TEXT);
        }
        return store.search(trimmed, Math.clamp(limit, 1, MAX_SEARCH_RESULTS)).stream()
                .map(stored -> stored.toPerson(administrators)).toList();
    }

    /**
     * Makes a person known before they first sign in (a seeded or invited member); an existing
     * record keeps what the provider said at sign-in.
     */
    public void introduce(PersonKey key, String name, @Nullable String email, @Nullable String organization) {
        store.insertIfAbsent(key, name, email, organization);
    }
}
