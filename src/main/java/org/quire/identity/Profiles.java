package org.quire.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.internal.PersonStore;
import org.quire.shared.InputRejected;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's own profile: they change their organization and disclosure, or confirm
 * the disclosure unchanged; each change is an audit event. Name and e-mail are the identity
 * provider's and cannot be changed here.
 */
@Service
public class Profiles {

    private static final String OBJECT_TYPE = "person";

    private final PersonStore store;
    private final CurrentPerson currentPerson;
    private final AuditTrail audit;
    private final Clock clock;

    Profiles(PersonStore store, CurrentPerson currentPerson, AuditTrail audit, Clock clock) {
        this.store = store;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.clock = clock;
    }

    public Profile yours() {
        var me = currentPerson.require();
        var stored = store.find(me.key());
        return new Profile(me.key(), me.name(), me.email(), me.organization(),
                stored.map(PersonStore.StoredPerson::disclosure).orElse(null),
                stored.map(PersonStore.StoredPerson::disclosureConfirmedAt).orElse(null));
    }

    /** @param organization blank clears it */
    public Profile changeOrganization(String organization) {
        var before = known();
        var stated = organization.strip();
        if (stated.length() > Profile.MAX_ORGANIZATION) {
            throw new InputRejected("Your organization's name can have at most " + Profile.MAX_ORGANIZATION
                    + " characters.");
        }
        var after = stated.isEmpty() ? null : stated;
        if (!Objects.equals(before.organization(), after)) {
            store.changeOrganization(before.key(), after);
            record(before, "identity.profile-changed", "organization: " + orNone(before.organization()),
                    "organization: " + orNone(after));
        }
        return yours();
    }

    /** Stating a disclosure confirms it; stating the same one again only confirms it. */
    public Profile changeDisclosure(Disclosure disclosure) {
        var before = known();
        if (disclosure.equals(before.disclosure())) {
            return confirmDisclosure();
        }
        store.changeDisclosure(before.key(), disclosure, clock.instant());
        record(before, "identity.profile-changed", "disclosure: " + summary(before.disclosure()),
                "disclosure: " + disclosure.summary());
        return yours();
    }

    /** @throws InputRejected when no disclosure was stated yet: there is nothing to confirm */
    public Profile confirmDisclosure() {
        var before = known();
        if (before.disclosure() == null) {
            throw new InputRejected("State your disclosure first: that you have no conflict of interest, or "
                    + "the interest you have.");
        }
        var now = clock.instant();
        store.confirmDisclosure(before.key(), now);
        record(before, "identity.disclosure-confirmed", confirmed(before.disclosureConfirmedAt()),
                confirmed(now) + ", " + before.disclosure().summary());
        return yours();
    }

    /** Whether the signed-in person should be reminded to confirm their disclosure now. */
    public Optional<DisclosureReminder> reminder() {
        return yours().reminder(clock.instant());
    }

    /** People reach their profile signed in, so they are known; a record made now keeps it that way. */
    private Profile known() {
        var me = currentPerson.require();
        store.insertIfAbsent(me.key(), me.name(), me.email(), null);
        return yours();
    }

    private void record(Profile before, String action, String from, String to) {
        audit.record(AuditEntry.of(before.key(), action, null, OBJECT_TYPE, before.key().toString())
                .withChange(from, to));
    }

    private static String orNone(@Nullable String value) {
        return value == null ? "(none)" : value;
    }

    private static String summary(@Nullable Disclosure disclosure) {
        return disclosure == null ? "(not stated)" : disclosure.summary();
    }

    private static String confirmed(@Nullable Instant at) {
        return at == null ? "never confirmed" : "confirmed " + at;
    }
}
