package org.quire.lifecycle.ui;

import java.util.HashMap;
import java.util.Map;

import org.quire.identity.Person;
import org.quire.identity.PersonDirectory;
import org.quire.shared.PersonKey;

/** People's names for one page, looked up once each; Quire's own steps read "Quire". */
final class Names {

    private final PersonDirectory people;
    private final Map<PersonKey, String> known = new HashMap<>();

    Names(PersonDirectory people) {
        this.people = people;
    }

    String of(PersonKey key) {
        if (PersonKey.SYSTEM.equals(key)) {
            return "Quire";
        }
        return known.computeIfAbsent(key, k -> people.find(k).map(Person::name).orElse(k.subject()));
    }
}
