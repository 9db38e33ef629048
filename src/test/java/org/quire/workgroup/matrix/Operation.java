package org.quire.workgroup.matrix;

import java.util.EnumMap;
import java.util.Map;

/**
 * One public service method in the matrix: how to call it on a fixture, and what each persona's call
 * is expected to do (refused unless said otherwise).
 */
record Operation(String method, Map<Persona, Outcome> expected, Call call, Call arrange) {

    interface Call {
        void on(Fixture fixture) throws Exception;
    }

    static Operation of(String method, Call call, Persona... allowed) {
        var expected = new EnumMap<Persona, Outcome>(Persona.class);
        for (var persona : Persona.values()) {
            expected.put(persona, Outcome.REFUSED);
        }
        for (var persona : allowed) {
            expected.put(persona, Outcome.ALLOWED);
        }
        return new Operation(method, expected, call, fixture -> { });
    }

    /**
     * Also arranges {@code arrange} on the fixture refused calls share, before its snapshot (for
     * what the call needs that the fixture does not make by itself; keep it in {@link Fixture#once}).
     */
    Operation arranging(Call first) {
        return new Operation(method, expected, call, first);
    }

    static Operation forEveryone(String method, Call call) {
        return of(method, call, Persona.values());
    }

    Operation rejecting(Persona... personas) {
        var changed = new EnumMap<>(expected);
        for (var persona : personas) {
            changed.put(persona, Outcome.REJECTED);
        }
        return new Operation(method, changed, call, arrange);
    }

    Outcome expectedFor(Persona persona) {
        return expected.get(persona);
    }

    @Override
    public String toString() {
        return method;
    }
}
