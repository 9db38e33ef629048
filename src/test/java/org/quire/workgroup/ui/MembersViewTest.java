package org.quire.workgroup.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.audit.AuditTrail;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.shared.PersonKey;
import org.quire.workgroup.Membership;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.RosterEntry;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The members page without a browser: real services and store, a workgroup of the test's own, and
 * the page's logic through Vaadin's browserless test environment (the app shell included, so a
 * refusal lands on the real access-refused page).
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(packages = {"org.quire.workgroup.ui", "org.quire.shell.ui"})
class MembersViewTest extends SpringBrowserlessTest {

    @Autowired
    WorkgroupStore workgroupStore;
    @Autowired
    MembershipStore memberships;
    @Autowired
    PersonDirectory people;
    @Autowired
    AuditTrail audit;
    @Autowired
    SignInSettings signIn;

    Workgroup workgroup;

    @BeforeEach
    void aWorkgroupOfItsOwn() {
        var slug = "mv-" + UUID.randomUUID().toString().substring(0, 8);
        workgroup = workgroupStore.create(new NewWorkgroup(slug, "Members view " + slug, "", List.of("Recommend codes.")));
        add("mv-staff", "Dana Staff", WorkgroupRole.STAFF);
        add("mv-member", "Rafael Member", WorkgroupRole.MEMBER);
        add("mv-target", "Tess Target", WorkgroupRole.COMMENTER);
        signInAs("mv-staff");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void staffSelectAMemberSeeTheirDetailsAndSuspendThemWithAReasonGivenInADialog() {
        navigate(MembersView.path(workgroup), MembersView.class);
        var roster = test(roster());
        assertThat(roster.size()).isEqualTo(3);
        assertThat($(Paragraph.class).withId("no-member-selected").single().getText()).contains("No member selected");

        roster.select(rowOf("mv-target"));
        assertThat($(H2.class).withId("member-name").single().getText()).isEqualTo("Tess Target");
        assertThat(text("member-disclosures")).contains("Not stated in their profile yet.",
                "None: they did not join through a participation request.");
        assertThat(text("member-history")).contains("No changes recorded.");

        test($(Button.class).withId("suspend-member").single()).click();
        var dialog = $(Dialog.class).withId("reason-dialog").single();
        assertThat(dialog.isOpened()).isTrue();
        test($(Button.class).withId("confirm-reason").single()).click();
        var reason = $(TextArea.class).withId("reason").single();
        assertThat(reason.isInvalid()).as("the problem shows next to the field").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason: it is kept in the member's history and the "
                + "audit log.");

        reason.setValue("Shared a draft outside the workgroup.");
        test($(Button.class).withId("confirm-reason").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat($(Paragraph.class).withId("members-outcome").single().getText()).isEqualTo("Tess Target is suspended.");
        assertThat(roster.getCellText(rowOf("mv-target"), 3)).isEqualTo("Suspended");
        assertThat(text("member-history")).contains("Suspended, by mv-staff. Reason: Shared a draft outside the "
                + "workgroup.");
        assertThat($(Button.class).withId("reinstate-member").single().isVisible()).isTrue();
    }

    @Test
    void theLastStaffTryingToStepDownIsToldWhyInTheDialog() {
        navigate(MembersView.path(workgroup), MembersView.class);
        test(roster()).select(rowOf("mv-staff"));
        @SuppressWarnings("unchecked")
        var role = (Select<WorkgroupRole>) $(Select.class).withId("new-role").single();
        var changeRole = $(Button.class).withId("change-role").single();
        assertThat(changeRole.isEnabled()).as("nothing to change yet").isFalse();

        role.setValue(WorkgroupRole.MEMBER);
        test(changeRole).click();
        $(TextArea.class).withId("reason").single().setValue("Handing over.");
        test($(Button.class).withId("confirm-reason").single()).click();

        assertThat(text("reason-problems")).contains("You are the last active staff of this workgroup");
        assertThat($(Dialog.class).withId("reason-dialog").single().isOpened()).isTrue();
        assertThat(memberships.find(workgroup.id(), key("mv-staff")))
                .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(WorkgroupRole.STAFF));
    }

    @Test
    void onlyStaffFindTheLinkAndAMemberOpeningThePageIsRefused() {
        navigate(WorkgroupHomeView.path(workgroup), WorkgroupHomeView.class);
        assertThat($(Anchor.class).withId("manage-members-link").single().getHref())
                .isEqualTo(MembersView.path(workgroup));

        signInAs("mv-member");
        navigate(WorkgroupHomeView.path(workgroup), WorkgroupHomeView.class);
        assertThat($(Anchor.class).withId("manage-members-link").all()).isEmpty();

        var refusalsBefore = refusalsOf("mv-member");
        UI.getCurrent().navigate(MembersView.path(workgroup));
        assertThat(getCurrentView()).isNotInstanceOf(MembersView.class);
        assertThat($(Grid.class).withId("roster").all()).isEmpty();
        assertThat(refusalsOf("mv-member")).isEqualTo(refusalsBefore + 1);
    }

    @SuppressWarnings("unchecked")
    private Grid<RosterEntry> roster() {
        return (Grid<RosterEntry>) $(Grid.class).withId("roster").single();
    }

    private int rowOf(String username) {
        var grid = test(roster());
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).person().subject().equals(username)) {
                return row;
            }
        }
        throw new AssertionError(username + " is not on the roster");
    }

    private String text(String id) {
        return $(Component.class).withId(id).single().getElement().getTextRecursively();
    }

    private long refusalsOf(String username) {
        return audit.ofActor(key(username), 1_000).stream().filter(e -> e.action().equals("access.refused")).count();
    }

    private void add(String username, String name, WorkgroupRole role) {
        people.introduce(key(username), name, null, null);
        memberships.add(new Membership(workgroup.id(), key(username), role, MembershipStatus.ACTIVE));
    }

    private PersonKey key(String username) {
        return new PersonKey(signIn.issuer(), username);
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
