package org.quire.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

import org.quire.api.internal.AccessTokenSecrets;
import org.quire.api.internal.AccessTokenStore;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.CurrentPerson;
import org.quire.shared.InputRejected;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's personal access tokens, for the API. Each person keeps their own and only
 * their own: nobody else, administrators included, lists or revokes them, and nobody ever sees a
 * secret after the moment it was made. Creating and revoking are audit events.
 */
@Service
public class AccessTokens {

    public static final int MAX_NAME = 80;
    /** Live (neither expired nor revoked) tokens a person may hold at once. */
    public static final int MAX_LIVE = 20;
    public static final int DEFAULT_DAYS = 90;
    /** Dates are UTC days: a token works to the end of its last day in UTC. */
    public static final ZoneOffset ZONE = ZoneOffset.UTC;
    /** Tokens the list shows at most, newest first (older revoked or expired ones drop off it; live ones never). */
    static final int MAX_LISTED = 100;
    private static final String OBJECT_TYPE = "access-token";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final AccessTokenStore store;
    private final CurrentPerson currentPerson;
    private final AuditTrail audit;
    private final Clock clock;

    AccessTokens(AccessTokenStore store, CurrentPerson currentPerson, AuditTrail audit, Clock clock) {
        this.store = store;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes a token for the signed-in person that works until the end of {@code expiresOn} (UTC).
     *
     * @throws InputRejected for a blank or too long name, an expiry outside tomorrow to a year from
     *         today, or when the person already holds {@link #MAX_LIVE} live tokens
     */
    public NewAccessToken create(String name, LocalDate expiresOn) {
        var me = currentPerson.require();
        var now = clock.instant();
        var problems = Stream.of(nameProblem(name), expiryProblem(expiresOn, today(clock)))
                .flatMap(Optional::stream).toList();
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        var given = name.strip();
        if (store.liveOf(me.key(), today(clock)).size() >= MAX_LIVE) {
            throw new InputRejected("You already have " + MAX_LIVE + " active access tokens, the most one person "
                    + "may have. Revoke one you no longer use first.");
        }
        var secret = AccessTokenSecrets.generate();
        var stored = store.insert(me.key(), given, AccessTokenSecrets.hash(secret), now, expiresOn);
        var token = stored.toToken();
        audit.record(AuditEntry.of(me.key(), "access-token.created", null, OBJECT_TYPE, token.id().value())
                .withChange(null, given + " (expires " + expiresOn + ")"));
        return new NewAccessToken(token, secret);
    }

    /**
     * The signed-in person's tokens, newest first: every live one, and of the others those among the
     * newest {@value #MAX_LISTED}.
     */
    public List<AccessToken> list() {
        var me = currentPerson.require();
        var listed = new LinkedHashMap<AccessTokenId, AccessToken>();
        store.liveOf(me.key(), today(clock)).forEach(t -> listed.put(t.toToken().id(), t.toToken()));
        store.ofOwner(me.key(), MAX_LISTED).forEach(t -> listed.putIfAbsent(t.toToken().id(), t.toToken()));
        return listed.values().stream().sorted(Comparator.comparing(AccessToken::createdAt)
                .thenComparing(t -> t.id().value()).reversed()).toList();
    }

    /**
     * Revokes one of the signed-in person's tokens: from now on it lets nobody in. Revoking it again
     * changes nothing.
     *
     * @throws NoSuchElementException when the person has no such token (another person's token is
     *         "not found" too, and the attempt is audited as refused)
     */
    public AccessToken revoke(AccessTokenId id) {
        var me = currentPerson.require();
        var stored = store.find(id).orElseThrow(AccessTokens::notFound);
        if (!stored.owner().equals(me.key())) {
            audit.record(AuditEntry.of(me.key(), "access.refused", null, OBJECT_TYPE, id.value())
                    .withChange(null, "revoke"));
            throw notFound();
        }
        if (store.revoke(id, clock.instant())) {
            audit.record(AuditEntry.of(me.key(), "access-token.revoked", null, OBJECT_TYPE, id.value())
                    .withChange(stored.name(), null));
        }
        return store.find(id).orElseThrow().toToken();
    }

    /** Today as token expiry dates count days. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The first moment a token whose last day is {@code expiresOn} no longer works. */
    public static Instant endOf(LocalDate expiresOn) {
        return expiresOn.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The latest last day a token made {@code today} may have. */
    public static LocalDate latestExpiry(LocalDate today) {
        return today.plusYears(1);
    }

    /** "27 November 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** What is wrong with a token's name, if anything. */
    public static Optional<String> nameProblem(String name) {
        var stripped = name.strip();
        return stripped.isEmpty() || stripped.length() > MAX_NAME
                ? Optional.of("Name the token in 1 to " + MAX_NAME + " characters, for example after the script "
                        + "that uses it.")
                : Optional.empty();
    }

    /** What is wrong with a token's last day, if anything, for a token made {@code today}. */
    public static Optional<String> expiryProblem(LocalDate expiresOn, LocalDate today) {
        var latest = latestExpiry(today);
        return !expiresOn.isAfter(today) || expiresOn.isAfter(latest)
                ? Optional.of("Choose an expiry date from tomorrow to " + day(latest) + ", at most a year ahead: "
                        + "a token that never expires works for whoever finds it, forever.")
                : Optional.empty();
    }

    private static NoSuchElementException notFound() {
        return new NoSuchElementException("You have no such access token.");
    }
}
