package org.quire.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.api.internal.AccessTokenAuthenticator;
import org.quire.api.internal.AccessTokenSecrets;
import org.quire.api.internal.AccessTokenStore;
import org.quire.audit.AuditTrail;
import org.quire.identity.CurrentPerson;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Personal access tokens through the service: made with limits, listed and revoked only by their
 * owner, stored as a hash, and let in (or refused) by the authenticator, which records a use at
 * most once a minute.
 */
@QuireIntegrationTest
class AccessTokensIT {

    private static final String ISSUER = "urn:quire:access-tokens-it";

    @Autowired
    AccessTokens tokens;
    @Autowired
    AccessTokenAuthenticator authenticator;
    @Autowired
    CurrentPerson currentPerson;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;
    @Autowired
    AuditTrail audit;
    @Autowired
    MongoTemplate mongo;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aNewTokenIsListedWithItsDatesAndOnlyAHashOfItsSecretIsStored() {
        var me = signInAsSomeone();
        var expiry = today().plusDays(30);

        var made = tokens.create("  Nightly export  ", expiry);

        assertThat(made.secret()).startsWith("quire_pat_").hasSize("quire_pat_".length() + 43);
        assertThat(made.toString()).doesNotContain(made.secret().substring(10));
        assertThat(made.token().name()).isEqualTo("Nightly export");
        assertThat(tokens.list()).singleElement().satisfies(listed -> {
            assertThat(listed.id()).isEqualTo(made.token().id());
            assertThat(listed.expiresOn()).isEqualTo(expiry);
            assertThat(listed.lastUsedAt()).isNull();
            assertThat(listed.status(Instant.now())).isEqualTo(AccessTokenStatus.ACTIVE);
        });
        var stored = raw(made.token().id());
        assertThat(stored.getString("secretHash")).isEqualTo(AccessTokenSecrets.hash(made.secret()))
                .hasSize(64).isNotEqualTo(made.secret());
        assertThat(stored.toJson()).as("the secret is nowhere in the stored document")
                .doesNotContain(made.secret()).doesNotContain(made.secret().substring(10));
        assertThat(audit.ofActor(me, 5)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("access-token.created");
            assertThat(event.objectId()).isEqualTo(made.token().id().value());
        });
    }

    @Test
    void nameAndExpiryHaveLimitsWithMessagesThatSayThem() {
        signInAsSomeone();
        assertThatThrownBy(() -> tokens.create(" ", today().plusDays(1))).isInstanceOf(InputRejected.class)
                .hasMessageContaining("1 to 80 characters");
        assertThatThrownBy(() -> tokens.create("n".repeat(81), today().plusDays(1)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("1 to 80 characters");
        for (var wrong : new LocalDate[] {today(), today().minusDays(3), today().plusYears(1).plusDays(1)}) {
            assertThatThrownBy(() -> tokens.create("Script", wrong)).as(wrong.toString())
                    .isInstanceOf(InputRejected.class).hasMessageContaining("from tomorrow to");
        }
        assertThat(tokens.create("n".repeat(80), today().plusYears(1)).token().expiresOn())
                .isEqualTo(today().plusYears(1));
        assertThat(tokens.create("Script", today().plusDays(1)).token().name()).isEqualTo("Script");
        assertThat(tokens.list()).hasSize(2);
    }

    @Test
    void aPersonHoldsAtMostTwentyLiveTokensAndRevokedOnesDoNotCount() {
        signInAsSomeone();
        AccessToken first = null;
        for (int i = 1; i <= AccessTokens.MAX_LIVE; i++) {
            var made = tokens.create("Script " + i, today().plusDays(10));
            first = first == null ? made.token() : first;
        }
        assertThatThrownBy(() -> tokens.create("One too many", today().plusDays(10)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("20 active access tokens");

        tokens.revoke(first.id());

        assertThat(tokens.create("Instead of script 1", today().plusDays(10)).token().name())
                .isEqualTo("Instead of script 1");
        assertThat(tokens.list()).hasSize(AccessTokens.MAX_LIVE + 1);
    }

    @Test
    void aLiveTokenStaysListedHoweverManyRevokedOnesFollowIt() {
        signInAsSomeone();
        var old = tokens.create("Long-lived script", today().plusDays(300)).token();
        for (int i = 1; i <= 101; i++) {
            tokens.revoke(tokens.create("Short-lived " + i, today().plusDays(1)).token().id());
        }

        var listed = tokens.list();

        assertThat(listed).hasSize(101);
        assertThat(listed.getLast().id()).as("oldest last, and still there to revoke").isEqualTo(old.id());
        assertThat(listed.getFirst().name()).isEqualTo("Short-lived 101");
    }

    @Test
    void onlyTheOwnerSeesAndRevokesATokenAndAnotherPersonsAttemptIsAuditedAsRefused() {
        var owner = signInAsSomeone();
        var made = tokens.create("Mine", today().plusDays(5));
        var other = signInAsSomeone();

        assertThat(tokens.list()).isEmpty();
        assertThatThrownBy(() -> tokens.revoke(made.token().id())).isInstanceOf(NoSuchElementException.class)
                .hasMessage("You have no such access token.");
        assertThat(audit.ofActor(other, 5)).anySatisfy(event -> assertThat(event.action()).isEqualTo("access.refused"));
        assertThat(raw(made.token().id()).get("revokedAt")).isNull();

        signInAs(owner);
        var revoked = tokens.revoke(made.token().id());
        assertThat(revoked.status(Instant.now())).isEqualTo(AccessTokenStatus.REVOKED);
        assertThat(tokens.revoke(made.token().id()).revokedAt()).as("revoking again changes nothing")
                .isEqualTo(revoked.revokedAt());
        assertThat(audit.ofActor(owner, 10)).filteredOn(event -> event.action().equals("access-token.revoked"))
                .hasSize(1);
        assertThatThrownBy(() -> tokens.revoke(new AccessTokenId("not-an-id"))).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aLiveTokenActsForItsOwnerAndAnAdministratorIsKnownByKeyOnly() {
        var owner = signInAsSomeone();
        var made = tokens.create("Reader", today().plusDays(5));
        SignedIn.signOut();

        SecurityContextHolder.getContext().setAuthentication(authenticator.authenticate(made.secret()));

        assertThat(currentPerson.require().key()).isEqualTo(owner);
        assertThat(currentPerson.require().administrator()).isFalse();

        SignedIn.as(people, signIn.issuer(), "staff");
        var staffToken = tokens.create("Staff script", today().plusDays(1));
        SignedIn.signOut();
        SecurityContextHolder.getContext().setAuthentication(authenticator.authenticate(staffToken.secret()));
        assertThat(currentPerson.require().administrator()).as("the demo staff account is one by its key").isTrue();
        SignedIn.as(people, signIn.issuer(), "staff");
        tokens.revoke(staffToken.token().id());
    }

    @Test
    void expiredRevokedUnknownAndMalformedTokensAreRefusedSayingOnlyWhetherTheyExpired() {
        signInAsSomeone();
        var expired = tokens.create("Old", today().plusDays(1));
        var revoked = tokens.create("Gone", today().plusDays(1));
        tokens.revoke(revoked.token().id());
        mongo.updateFirst(byId(expired.token().id()), new Update().set("expiresOn", today().minusDays(1).toString()),
                AccessTokenStore.COLLECTION);

        assertThatThrownBy(() -> authenticator.authenticate(expired.secret()))
                .isInstanceOf(CredentialsExpiredException.class).hasMessageContaining("expired at the end of");
        var unknown = AccessTokenSecrets.generate();
        for (var secret : new String[] {revoked.secret(), unknown, "quire_pat_short", "Basic abc", ""}) {
            assertThatThrownBy(() -> authenticator.authenticate(secret)).as(secret)
                    .isInstanceOf(BadCredentialsException.class).hasMessageStartingWith("The access token is not valid.");
        }
        assertThat(raw(expired.token().id()).get("lastUsedAt")).as("a refused use is no use").isNull();
    }

    @Test
    void aUseIsRecordedAtMostOnceAMinutePerToken() {
        signInAsSomeone();
        var made = tokens.create("Busy script", today().plusDays(5));

        authenticator.authenticate(made.secret());
        var first = raw(made.token().id()).getDate("lastUsedAt");
        assertThat(first).isNotNull();
        authenticator.authenticate(made.secret());
        authenticator.authenticate(made.secret());
        assertThat(raw(made.token().id()).getDate("lastUsedAt")).as("uses within the minute write nothing")
                .isEqualTo(first);

        var longAgo = Instant.now().minus(2, ChronoUnit.MINUTES);
        mongo.updateFirst(byId(made.token().id()), new Update().set("lastUsedAt", longAgo), AccessTokenStore.COLLECTION);
        authenticator.authenticate(made.secret());

        assertThat(raw(made.token().id()).getDate("lastUsedAt").toInstant()).isAfter(longAgo.plusSeconds(60));
        assertThat(tokens.list().getFirst().lastUsedAt()).isNotNull();
    }

    private PersonKey signInAsSomeone() {
        return SignedIn.as(people, ISSUER, "tokens-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private void signInAs(PersonKey key) {
        SignedIn.as(people, key.issuer(), key.subject());
    }

    private static LocalDate today() {
        return LocalDate.now(AccessTokens.ZONE);
    }

    private Document raw(AccessTokenId id) {
        return mongo.findOne(byId(id), Document.class, AccessTokenStore.COLLECTION);
    }

    private static Query byId(AccessTokenId id) {
        return Query.query(Criteria.where("_id").is(new ObjectId(id.value())));
    }
}
