package org.quire.identity;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.audit.AuditEvent;
import org.quire.audit.AuditTrail;
import org.quire.identity.internal.PersonStore;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person's own profile through the real service and store: organization and disclosure kept by
 * Quire, each change audited, and the yearly reminder following the confirmation date.
 */
@QuireIntegrationTest
class ProfilesIT {

    @Autowired
    Profiles profiles;
    @Autowired
    PersonStore store;
    @Autowired
    PersonDirectory people;
    @Autowired
    AuditTrail audit;
    @Autowired
    SignInSettings signIn;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void thePersonChangesTheirOrganizationWithinItsLimitAndEachChangeIsAudited() {
        var me = signInAs("profile-organization");

        assertThat(profiles.changeOrganization("  Society for Virtual Care  ").organization())
                .isEqualTo("Society for Virtual Care");
        assertThat(lastEventOf(me)).satisfies(event -> {
            assertThat(event.action()).isEqualTo("identity.profile-changed");
            assertThat(event.before()).isEqualTo("organization: (none)");
            assertThat(event.after()).isEqualTo("organization: Society for Virtual Care");
        });
        assertThatThrownBy(() -> profiles.changeOrganization("o".repeat(Profile.MAX_ORGANIZATION + 1)))
                .isInstanceOf(InputRejected.class)
                .hasMessage("Your organization's name can have at most 200 characters.");
        assertThat(profiles.yours().organization()).isEqualTo("Society for Virtual Care");
        assertThat(people.find(me)).hasValueSatisfying(person ->
                assertThat(person.organization()).isEqualTo("Society for Virtual Care"));

        assertThat(profiles.changeOrganization(" ").organization()).isNull();
    }

    @Test
    void statingADisclosureConfirmsItAndConfirmingUnchangedIsAuditedOnItsOwn() {
        var me = signInAs("profile-discloser");
        assertThat(profiles.yours().disclosure()).isNull();
        assertThat(profiles.reminder()).hasValueSatisfying(due -> assertThat(due.lastConfirmed()).isNull());
        assertThatThrownBy(() -> profiles.confirmDisclosure()).isInstanceOf(InputRejected.class)
                .hasMessageContaining("State your disclosure first");

        var stated = profiles.changeDisclosure(new Disclosure(InterestKind.FINANCIAL, "Consults for a telehealth firm."));

        assertThat(stated.disclosure()).isEqualTo(new Disclosure(InterestKind.FINANCIAL,
                "Consults for a telehealth firm."));
        assertThat(stated.disclosureConfirmedAt()).isNotNull();
        assertThat(profiles.reminder()).isEmpty();
        assertThat(lastEventOf(me)).satisfies(event -> {
            assertThat(event.action()).isEqualTo("identity.profile-changed");
            assertThat(event.before()).isEqualTo("disclosure: (not stated)");
            assertThat(event.after()).isEqualTo("disclosure: Financial interest: Consults for a telehealth firm.");
        });

        profiles.confirmDisclosure();
        assertThat(lastEventOf(me).action()).isEqualTo("identity.disclosure-confirmed");
        profiles.changeDisclosure(new Disclosure(InterestKind.FINANCIAL, "Consults for a telehealth firm."));
        assertThat(lastEventOf(me).action()).as("the same statement only confirms it")
                .isEqualTo("identity.disclosure-confirmed");
    }

    @Test
    void aConfirmationOlderThanAYearBringsTheReminderBackAndConfirmingClearsIt() {
        var me = signInAs("profile-yearly");
        profiles.changeDisclosure(Disclosure.none());
        var thirteenMonthsAgo = ZonedDateTime.now(ZoneOffset.UTC).minusMonths(13).toInstant()
                .truncatedTo(ChronoUnit.MILLIS);
        store.confirmDisclosure(me, thirteenMonthsAgo);

        assertThat(profiles.reminder()).hasValueSatisfying(due -> {
            assertThat(due.lastConfirmed()).isEqualTo(thirteenMonthsAgo);
            assertThat(due.text()).startsWith("Confirm your disclosures — last confirmed on ");
        });

        profiles.confirmDisclosure();
        assertThat(profiles.reminder()).isEmpty();
        assertThat(lastEventOf(me).before()).isEqualTo("confirmed " + thirteenMonthsAgo);
    }

    private AuditEvent lastEventOf(PersonKey person) {
        return audit.ofActor(person, 1).getFirst();
    }

    private PersonKey signInAs(String username) {
        return SignedIn.as(people, signIn.issuer(), username);
    }
}
