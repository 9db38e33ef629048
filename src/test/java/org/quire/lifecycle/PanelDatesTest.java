package org.quire.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The Panel's date rules across year ends, month ends and leap years. */
class PanelDatesTest {

    @Test
    void aFebruaryMeetingHasItsDeadlineAndAgendaInTheYearBefore() {
        var meeting = LocalDate.of(2027, 2, 4);
        assertThat(PanelDates.applicationDeadline(meeting)).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(PanelDates.agendaPublished(meeting)).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void aMidJanuaryMeetingReachesBackIntoOctoberAndNovember() {
        var meeting = LocalDate.of(2027, 1, 15);
        assertThat(PanelDates.applicationDeadline(meeting)).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(PanelDates.agendaPublished(meeting)).isEqualTo(LocalDate.of(2026, 11, 6));
    }

    @Test
    void threeMonthsBeforeTheEndOfAMonthIsTheLastDayOfAShorterMonth() {
        assertThat(PanelDates.applicationDeadline(LocalDate.of(2027, 5, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(PanelDates.applicationDeadline(LocalDate.of(2027, 7, 31))).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(PanelDates.applicationDeadline(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void leapYearsKeepTheTwentyNinthOfFebruary() {
        assertThat(PanelDates.applicationDeadline(LocalDate.of(2028, 5, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(PanelDates.applicationDeadline(LocalDate.of(2028, 5, 29))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(PanelDates.agendaPublished(LocalDate.of(2028, 5, 9))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(PanelDates.reconsiderationEnds(LocalDate.of(2028, 2, 20))).isEqualTo(LocalDate.of(2028, 3, 5));
        assertThat(PanelDates.reconsiderationEnds(LocalDate.of(2027, 2, 20))).isEqualTo(LocalDate.of(2027, 3, 6));
    }

    @Test
    void theReconsiderationWindowRunsIntoTheNewYear() {
        assertThat(PanelDates.reconsiderationEnds(LocalDate.of(2026, 12, 20))).isEqualTo(LocalDate.of(2027, 1, 3));
    }

    @Test
    void daysLeftCountAcrossTheYearEndAndTurnNegativeOnlyAfterTheDeadlineDay() {
        var deadline = LocalDate.of(2027, 1, 10);
        assertThat(PanelDates.daysLeft(deadline, LocalDate.of(2026, 12, 25))).isEqualTo(16);
        assertThat(PanelDates.daysLeft(deadline, LocalDate.of(2026, 12, 31))).isEqualTo(10);
        assertThat(PanelDates.daysLeft(deadline, LocalDate.of(2027, 1, 10))).isZero();
        assertThat(PanelDates.passed(deadline, LocalDate.of(2027, 1, 10))).isFalse();
        assertThat(PanelDates.daysLeft(deadline, LocalDate.of(2027, 1, 11))).isEqualTo(-1);
        assertThat(PanelDates.passed(deadline, LocalDate.of(2027, 1, 11))).isTrue();
        assertThat(PanelDates.daysLeft(LocalDate.of(2026, 11, 4), LocalDate.of(2027, 2, 4))).isEqualTo(-92);
    }

    @Test
    void datesReadTheWayNotesWriteThem() {
        assertThat(PanelDates.date(LocalDate.of(2026, 11, 4))).isEqualTo("4 Nov 2026");
        assertThat(PanelDates.day(LocalDate.of(2027, 2, 4))).isEqualTo("Thu 4 Feb 2027");
        assertThat(PanelDates.month(LocalDate.of(2027, 2, 4))).isEqualTo("Feb 2027");
    }
}
