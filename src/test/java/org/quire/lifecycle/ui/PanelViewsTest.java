package org.quire.lifecycle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.lifecycle.NewPanelMeeting;
import org.quire.lifecycle.PanelDates;
import org.quire.lifecycle.PanelMeeting;
import org.quire.lifecycle.PanelMeetings;
import org.quire.lifecycle.PanelOutcome;
import org.quire.lifecycle.PanelSettings;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalState;
import org.quire.proposal.ProposalStates;
import org.quire.shared.PersonKey;
import org.quire.workgroup.Membership;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The Panel calendar page, the lifecycle page's Panel part, the reader's chip and the workgroup
 * home's deadlines without a browser, on a workgroup of the test's own (the demo staff and member
 * hold roles in it).
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(packages = {"org.quire.lifecycle.ui", "org.quire.workgroup.ui", "org.quire.proposal.ui"})
class PanelViewsTest extends SpringBrowserlessTest {

    @Autowired
    PanelMeetings meetings;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalStates states;
    @Autowired
    WorkgroupStore workgroupStore;
    @Autowired
    MembershipStore memberships;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;
    @Autowired
    PanelSettings settings;
    @Autowired
    Clock clock;

    Workgroup workgroup;
    LocalDate today;

    @BeforeEach
    void aWorkgroupOfItsOwn() {
        var slug = "panel-views-" + UUID.randomUUID().toString().substring(0, 8);
        workgroup = workgroupStore.create(new NewWorkgroup(slug, "Panel Views " + slug, "Meets the Panel.",
                List.of("Bring codes to the Panel.")));
        memberships.add(new Membership(workgroup.id(), new PersonKey(signIn.issuer(), "staff"), WorkgroupRole.STAFF,
                MembershipStatus.ACTIVE));
        memberships.add(new Membership(workgroup.id(), new PersonKey(signIn.issuer(), "member"),
                WorkgroupRole.MEMBER, MembershipStatus.ACTIVE));
        today = settings.today(clock);
        signInAs("staff");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void staffAddAMeetingWithTheComputedDatesFilledInAndRecordItsSummary() {
        navigate(calendarPath(), PanelCalendarView.class);
        assertThat(text("no-meetings")).contains("No Panel meeting is in the calendar yet");

        var day = today.plusDays(160);
        $(DatePicker.class).withId("meeting-first-day").single().setValue(day);
        assertThat($(DatePicker.class).withId("meeting-deadline").single().getValue())
                .isEqualTo(PanelDates.applicationDeadline(day));
        assertThat($(DatePicker.class).withId("meeting-agenda").single().getValue())
                .isEqualTo(PanelDates.agendaPublished(day));
        click("save-meeting");
        assertThat(text("meeting-form-problem")).startsWith("Name the meeting");
        assertThat($(DatePicker.class).withId("meeting-first-day").single().getValue()).as("kept").isEqualTo(day);

        $(TextField.class).withId("meeting-name").single().setValue("CPT Editorial Panel, next");
        $(TextField.class).withId("meeting-place").single().setValue("Chicago, IL");
        click("save-meeting");
        assertThat(row(1)).contains("CPT Editorial Panel, next", PanelDates.day(day) + ", Chicago, IL",
                "Application deadline " + PanelDates.day(PanelDates.applicationDeadline(day)),
                PanelDates.daysLeft(PanelDates.applicationDeadline(day), today) + " days to deadline",
                "Summary of actions not yet published");

        meetings.schedule(workgroup.id(), NewPanelMeeting.computed("Last month", today.minusDays(30), null));
        navigate(calendarPath(), PanelCalendarView.class);
        assertThat(row(1)).contains("Last month", "deadline passed");
        $(DatePicker.class).withId("meeting-1-summary").single().setValue(today.plusDays(2));
        click("meeting-1-record-summary");
        assertThat(text("meeting-1-summary-problem")).contains("still to come");
        $(DatePicker.class).withId("meeting-1-summary").single().setValue(today.minusDays(3));
        click("meeting-1-record-summary");
        assertThat(row(1)).contains("Summary of actions published " + PanelDates.day(today.minusDays(3)),
                "reconsideration may be asked for until " + PanelDates.day(today.plusDays(11)));

        signInAs("member");
        navigate(calendarPath(), PanelCalendarView.class);
        assertThat(row(2)).contains("CPT Editorial Panel, next");
        assertThat($(Button.class).all()).as("members read the calendar only").isEmpty();
        assertThat($(Div.class).withId("meeting-form").all()).isEmpty();
    }

    @Test
    void staffChooseTheMeetingSeeTheDaysLeftAndRecordAPostponement() {
        var proposal = proposals.create(workgroup.id(), new NewProposal("To the Panel", List.of(1)));
        var first = meetings.schedule(workgroup.id(), NewPanelMeeting.computed("First", today.plusDays(130), null));
        var second = meetings.schedule(workgroup.id(), NewPanelMeeting.computed("Second", today.plusDays(260), null));
        var changes = new ArrayList<String>();
        navigate(calendarPath(), PanelCalendarView.class);

        show(proposal, changes);
        assertThat(text("no-panel-meeting")).isEqualTo("No Panel meeting is chosen for this proposal yet.");
        assertThat($(Anchor.class).withId("panel-calendar-link").single().getHref()).isEqualTo(calendarPath());
        @SuppressWarnings("unchecked")
        Select<PanelMeeting> choice = $(Select.class).withId("panel-meeting-choice").single();
        choice.setValue(first);
        click("choose-panel-meeting");
        assertThat(changes).hasSize(1);

        show(proposal, changes);
        long left = PanelDates.daysLeft(first.applicationDeadline(), today);
        assertThat(text("panel-meeting-target")).contains("Goes to First (" + PanelDates.day(first.firstDay()) + ")",
                left + " days left to the application deadline (" + PanelDates.day(first.applicationDeadline()) + ")",
                "The agenda is public on " + PanelDates.day(first.agendaPublished()));
        assertThat($(Button.class).withId("record-outcome").all()).as("not submitted yet").isEmpty();

        states.move(proposal.id(), ProposalState.DRAFTING, ProposalState.SUBMITTED, key("staff"), "");
        show(proposal, changes);
        assertThat($(Select.class).withId("panel-meeting-choice").all()).as("submitted: the meeting stays").isEmpty();
        click("record-outcome");
        assertThat(text("panel-outcome-problem")).isEqualTo("Choose the Panel's outcome.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PanelOutcome> outcome = $(RadioButtonGroup.class).withId("panel-outcome").single();
        outcome.setValue(PanelOutcome.POSTPONED);
        $(TextArea.class).withId("panel-outcome-notes").single().setValue("Bring survey data.");
        click("record-outcome");
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(states.proposal(proposal.id()).state()).isEqualTo(ProposalState.POSTPONED);

        show(proposal, changes);
        assertThat(text("panel-meeting-target")).contains("Goes to Second");
        assertThat(history()).contains("Postponed by the Panel at " + first.label() + "; now goes to "
                + second.label() + ".", "the Panel's outcome: Postponed. Bring survey data.");
    }

    @Test
    void theReaderHeaderAndTheWorkgroupHomeShowTheDaysLeft() {
        var proposal = proposals.create(workgroup.id(), new NewProposal("Counting days", List.of(1)));
        var first = meetings.schedule(workgroup.id(), NewPanelMeeting.computed("First", today.plusDays(140), null));
        meetings.target(proposal.id(), first.id());
        long left = PanelDates.daysLeft(first.applicationDeadline(), today);

        signInAs("member");
        UI.getCurrent().navigate("proposals/" + proposal.id().value());
        var chip = $(Anchor.class).withId("panel-chip").single();
        assertThat(chip.getText()).isEqualTo("Panel: " + PanelDates.month(first.firstDay()) + " · " + left
                + " days to deadline");
        assertThat(chip.getHref()).isEqualTo("proposals/" + proposal.id().value() + "/lifecycle#panel-meeting");

        UI.getCurrent().navigate("workgroups/" + workgroup.slug());
        var deadlines = $(Div.class).withId("panel-deadlines").single().getElement().getTextRecursively();
        assertThat(deadlines).contains("Panel deadlines", proposal.number() + " Counting days",
                first.label() + ": " + left + " days to deadline");
    }

    private void show(Proposal proposal, List<String> changes) {
        $(MeetingPanel.class).all().forEach(MeetingPanel::removeFromParent);
        UI.getCurrent().add(new MeetingPanel(meetings, proposal.id(), () -> changes.add("changed")));
    }

    private String calendarPath() {
        return "workgroups/" + workgroup.slug() + "/panel-meetings";
    }

    private String row(int number) {
        return $(Div.class).withId("meeting-" + number).single().getElement().getTextRecursively();
    }

    private String history() {
        return $(com.vaadin.flow.component.html.UnorderedList.class).withId("panel-history").single().getElement()
                .getTextRecursively();
    }

    private String text(String id) {
        return $(Paragraph.class).withId(id).single().getElement().getTextRecursively();
    }

    private void click(String id) {
        test($(Button.class).withId(id).single()).click();
    }

    private PersonKey key(String username) {
        return new PersonKey(signIn.issuer(), username);
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
