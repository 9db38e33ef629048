package org.quire.workgroup.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.shared.PersonKey;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupFounding;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit view without a browser: real services and store, the view through Vaadin's browserless environment. */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(packages = {"org.quire.workgroup.ui", "org.quire.shell.ui"})
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    WorkgroupFounding founding;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    AuditTrail audit;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    Workgroup workgroup;

    @BeforeEach
    void aWorkgroupWithAFewEvents() {
        signInAs("staff");
        people.introduce(key("auditor-" + suffix), "Ada Auditor", null, null);
        workgroup = founding.create(new NewWorkgroup("viewed-" + suffix, "Viewed Workgroup " + suffix, "",
                List.of("Be looked at.")), key("auditor-" + suffix));
        audit.record(AuditEntry.of(key("member"), "proposal.created", workgroup.id().value(), "proposal", "p-1")
                .withChange(null, "Remote monitoring, first draft"));
        audit.record(AuditEntry.of(key("member"), "section.saved", workgroup.id().value(), "section", "s-1")
                .withChange("revision 1", "revision 2"));
        signInAs("auditor-" + suffix);
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void staffSeeTheEventsNewestFirstFilterThemAndSeeWhenNothingMatches() {
        navigate(AuditLogView.path(workgroup), AuditLogView.class);
        Grid<?> grid = $(Grid.class).withId("audit-events").single();
        assertThat($(Paragraph.class).withId("audit-summary").single().getText()).isEqualTo("4 events");
        assertThat(test(grid).size()).isEqualTo(4);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Dr. Rafael Okafor");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Section saved");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("section s-1");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("revision 1 → revision 2");
        assertThat(test(grid).getCellText(3, 2)).isEqualTo("Workgroup created");

        test($(ComboBox.class).withId("filter-action").single()).selectItem("Proposals: any action");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Remote monitoring, first draft");

        test($(TextField.class).withId("filter-object-id").single()).setValue("no-such-object");
        var empty = $(Paragraph.class).withId("audit-empty").single();
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).isEqualTo("No events match these filters. Clear a filter to see more.");
        assertThat(grid.isVisible()).isFalse();

        test($(Button.class).withId("clear-filters").single()).click();
        assertThat(test(grid).size()).isEqualTo(4);
        assertThat(empty.isVisible()).isFalse();
    }

    @Test
    void theDownloadHoldsTheFilteredEventsAsCsvAndIsAudited() throws IOException {
        navigate(AuditLogView.path(workgroup), AuditLogView.class);
        test($(ComboBox.class).withId("filter-person").single()).selectItem("Dr. Rafael Okafor");

        var out = new ByteArrayOutputStream();
        test($(Anchor.class).withId("audit-csv").single()).download(out);

        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
            var rows = parser.getRecords();
            assertThat(rows).extracting(row -> row.get("Action")).containsExactly("section.saved", "proposal.created");
            assertThat(rows.get(1).get("After")).isEqualTo("Remote monitoring, first draft");
        }
        assertThat(audit.ofActor(key("auditor-" + suffix), 1)).singleElement()
                .satisfies(event -> assertThat(event.action()).isEqualTo("audit.exported"));
    }

    @Test
    void aMemberIsShownTheRefusalAndTheWorkgroupHomeOffersStaffTheLink() {
        workgroups.addMember(workgroup.id(), key("member-" + suffix), WorkgroupRole.MEMBER);
        navigate(WorkgroupHomeView.path(workgroup), WorkgroupHomeView.class);
        assertThat($(Anchor.class).withId("audit-log-link").single().getHref()).isEqualTo(AuditLogView.path(workgroup));

        signInAs("member-" + suffix);
        navigate(WorkgroupHomeView.path(workgroup), WorkgroupHomeView.class);
        assertThat($(Anchor.class).withId("audit-log-link").exists()).isFalse();
        UI.getCurrent().navigate(AuditLogView.path(workgroup));
        assertThat(getCurrentView()).isNotInstanceOf(AuditLogView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Not available to you");
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }

    private PersonKey key(String username) {
        return new PersonKey(signIn.issuer(), username);
    }
}
