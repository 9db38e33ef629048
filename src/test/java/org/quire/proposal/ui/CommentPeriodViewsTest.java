package org.quire.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalState;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The comment periods page and the deadline banner without a browser: STAFF open, extend and close
 * a period through the forms (refusals shown beside them), others read; the banner tells each
 * person what the periods mean for them.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(classes = ProposalView.class)
class CommentPeriodViewsTest extends SpringBrowserlessTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    CommentPeriods periods;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;

    @BeforeEach
    void aDraft() {
        signInAs("staff");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Periods on the page", List.of(1)));
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void staffOpenExtendAndCloseAPeriodAndEveryRefusalShowsBesideTheForm() {
        navigate(ProposalRoutes.commentPeriods(proposal.id()), CommentPeriodsView.class);
        assertThat($(Paragraph.class).withId("no-periods").single().getText()).contains("No comment period");

        click("open-period-button");
        assertThat(text("open-period-problem")).isEqualTo("Choose the date and time when it closes.");
        var zone = ZoneId.systemDefault();
        var closes = LocalDateTime.now(zone).plusDays(7).withSecond(0).withNano(0);
        $(DateTimePicker.class).withId("period-closes").single().setValue(LocalDateTime.now(zone).plusMinutes(10));
        click("open-period-button");
        assertThat(text("open-period-problem")).contains("at least an hour");
        assertThat($(DateTimePicker.class).withId("period-closes").single().getValue()).as("kept").isNotNull();

        $(DateTimePicker.class).withId("period-closes").single().setValue(closes);
        click("open-period-button");
        assertThat(proposals.get(proposal.id()).state()).isEqualTo(ProposalState.COMMENT_PERIOD);
        assertThat(card(1)).contains("Comment period 1 Open", "Open to: every commenter");
        assertThat($(Span.class).withId("comment-period-status").single().getText())
                .startsWith("Comment period open until ").contains("6 days 23 hours left");

        $(DateTimePicker.class).withId("period-1-new-close").single().setValue(closes.minusDays(1));
        click("period-1-extend");
        assertThat(text("period-1-problem")).contains("closes the period later");
        $(DateTimePicker.class).withId("period-1-new-close").single().setValue(closes.plusDays(3));
        $(TextArea.class).withId("period-1-reason").single().setValue("Two societies asked for more time.");
        click("period-1-extend");
        assertThat(card(1)).contains("Extended on", "by Dana Whitfield", ": Two societies asked for more time.");

        click("period-1-close");
        assertThat(card(1)).contains("Comment period 1 Closed early", "Closed early on");
        assertThat(proposals.get(proposal.id()).state()).isEqualTo(ProposalState.REVISING);
        assertThat($(Button.class).withId("period-1-extend").all()).as("nothing left to change").isEmpty();
    }

    @Test
    void othersReadThePeriodsWithoutForms() {
        periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(3)),
                CommentAudience.organizations(List.of("Another Society")));
        signInAs("member");
        navigate(ProposalRoutes.commentPeriods(proposal.id()), CommentPeriodsView.class);
        assertThat(card(1)).contains("Open to: Another Society");
        assertThat($(Button.class).all()).isEmpty();
    }

    @Test
    void theBannerTellsACommenterWhetherTheyMayCommentAndGivesStaffTheirLinks() {
        var open = periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(2)),
                CommentAudience.organizations(List.of("Another Society")));
        signInAs("commenter");
        navigate(ProposalRoutes.proposal(proposal.id()), ProposalView.class);
        assertThat(banner()).contains("1 day 23 hours left", "open to other organizations: you can read, not comment");

        signInAs("staff");
        periods.close(open.id());
        periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofHours(5)),
                CommentAudience.EVERY_COMMENTER);
        signInAs("commenter");
        navigate(ProposalRoutes.proposal(proposal.id()), ProposalView.class);
        assertThat(banner()).contains("4 hours 59 minutes left", "You may comment and suggest edits until then.");
        assertThat($(Anchor.class).withText("Dispositions").all()).isEmpty();

        signInAs("staff");
        navigate(ProposalRoutes.proposal(proposal.id()), ProposalView.class);
        assertThat($(Anchor.class).withText("Dispositions").single().getHref())
                .isEqualTo(ProposalRoutes.dispositions(proposal.id()));
        assertThat($(Anchor.class).withText("Comment periods").single().getHref())
                .isEqualTo(ProposalRoutes.commentPeriods(proposal.id()));
    }

    @Test
    void theBannerSaysWhenAScheduledPeriodOpensAndWhenTheLastClosed() {
        var opens = Instant.now().plus(Duration.ofDays(10));
        periods.open(proposal.id(), opens, opens.plus(Duration.ofDays(5)), CommentAudience.EVERY_COMMENTER);
        navigate(ProposalRoutes.proposal(proposal.id()), ProposalView.class);
        assertThat(banner()).startsWith("A comment period opens on ").contains(" and runs until ");

        var times = new PeriodTimes(ZoneId.of("America/Chicago"));
        assertThat(times.full(Instant.parse("2026-12-04T23:00:00Z"))).isEqualTo("Friday 4 December 2026, 17:00 CST");
        assertThat(PeriodTimes.left(Instant.EPOCH, Instant.EPOCH.plusSeconds(59))).isEqualTo("less than a minute");
        assertThat(PeriodTimes.left(Instant.EPOCH, Instant.EPOCH.plus(Duration.ofMinutes(61))))
                .isEqualTo("1 hour 1 minute");
    }

    private String banner() {
        return $(Span.class).withId("comment-period-status").single().getText();
    }

    private String card(int number) {
        return $(PeriodCard.class).withId("period-" + number).single().getElement().getTextRecursively();
    }

    private String text(String id) {
        return $(Paragraph.class).withId(id).single().getText();
    }

    private void click(String id) {
        test($(Button.class).withId(id).single()).click();
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
