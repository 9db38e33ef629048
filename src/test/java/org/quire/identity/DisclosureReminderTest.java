package org.quire.identity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The yearly disclosure reminder, reasoned about with fixed dates instead of waiting for them. */
class DisclosureReminderTest {

    static final ZonedDateTime TODAY = ZonedDateTime.of(2026, 5, 14, 9, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void aDisclosureConfirmedElevenMonthsAgoNeedsNoReminder() {
        assertThat(DisclosureReminder.due(TODAY.minusMonths(11).toInstant(), TODAY.toInstant())).isEmpty();
    }

    @Test
    void aDisclosureConfirmedThirteenMonthsAgoIsDueWithTheDateItWasLastConfirmed() {
        var reminder = DisclosureReminder.due(TODAY.minusMonths(13).toInstant(), TODAY.toInstant());

        assertThat(reminder).hasValueSatisfying(due -> assertThat(due.text())
                .isEqualTo("Confirm your disclosures — last confirmed on 14 April 2025."));
    }

    @Test
    void twelveMonthsToTheDayIsDueAndADayLessIsNot() {
        var now = TODAY.toInstant();
        assertThat(DisclosureReminder.due(TODAY.minusMonths(12).toInstant(), now)).isPresent();
        assertThat(DisclosureReminder.due(TODAY.minusMonths(12).plusDays(1).toInstant(), now)).isEmpty();
    }

    @Test
    void aPersonWhoNeverConfirmedIsRemindedToStateTheirDisclosure() {
        assertThat(DisclosureReminder.due(null, TODAY.toInstant())).hasValueSatisfying(due -> assertThat(due.text())
                .isEqualTo("Confirm your disclosures — you have not stated them in your profile yet."));
    }

    @Test
    void aProfileWithoutADisclosureIsDueWhateverItsConfirmationDate() {
        var key = new PersonKey("https://issuer.example", "someone");
        var recent = TODAY.minusMonths(1).toInstant();
        var without = new Profile(key, "Someone", null, null, null, recent);
        var with = new Profile(key, "Someone", null, null, Disclosure.none(), recent);

        assertThat(without.reminder(TODAY.toInstant())).isPresent();
        assertThat(with.reminder(TODAY.toInstant())).isEmpty();
    }

    @Test
    void aDescribedInterestNeedsItsDescriptionWithinTheLimit() {
        assertThatThrownBy(() -> new Disclosure(InterestKind.PROPRIETARY, "  "))
                .isInstanceOf(InputRejected.class)
                .hasMessage("Describe the proprietary interest in 1 to 2000 characters.");
        assertThatThrownBy(() -> new Disclosure(InterestKind.FINANCIAL, "x".repeat(Disclosure.MAX_DESCRIPTION + 1)))
                .isInstanceOf(InputRejected.class);
        assertThat(new Disclosure(InterestKind.NONE, "ignored").description()).isEmpty();
        assertThat(new Disclosure(InterestKind.FINANCIAL, " Grants from a device maker. ").summary())
                .isEqualTo("Financial interest: Grants from a device maker.");
    }
}
