package org.quire.workgroup;

import java.util.List;

import org.quire.shared.PersonKey;

/**
 * What a workgroup's audit log can be filtered by: the people in it, its actions (each kind, the part
 * before the dot, listed just before its actions) and its kinds of objects.
 */
public record AuditLogChoices(List<Actor> people, List<String> actions, List<String> objectTypes) {

    public AuditLogChoices {
        people = List.copyOf(people);
        actions = List.copyOf(actions);
        objectTypes = List.copyOf(objectTypes);
    }

    public record Actor(PersonKey key, String name) {
    }
}
