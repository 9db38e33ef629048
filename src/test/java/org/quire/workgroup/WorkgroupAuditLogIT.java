package org.quire.workgroup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditEvent;
import org.quire.audit.AuditQuery;
import org.quire.audit.AuditTrail;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff read their workgroup's audit log through the real service and store: every filter, pages
 * newest first, the CSV export read back, and everyone else refused with the refusal on the log.
 */
@QuireIntegrationTest
class WorkgroupAuditLogIT {

    @Autowired
    WorkgroupAuditLog log;
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
    PersonKey staff;
    PersonKey alice;
    PersonKey bob;

    @BeforeEach
    void aWorkgroupWithItsOwnStaff() {
        staff = key("audit-staff-" + suffix);
        alice = key("alice-" + suffix);
        bob = key("bob-" + suffix);
        people.introduce(staff, "Avery Auditor " + suffix, null, null);
        people.introduce(alice, "Alice Abara " + suffix, null, null);
        people.introduce(bob, "Bob Brandt " + suffix, null, null);
        signInAs("staff");
        workgroup = founding.create(new NewWorkgroup("audited-" + suffix, "Audited Workgroup " + suffix,
                "Its log is read in a test.", List.of("Be audited.")), staff);
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void eachFilterSelectsByPersonActionObjectOrTime() {
        var first = record(alice, "proposal.created", "proposal", "p1", null, "Draft");
        var boundary = firstMillisecondAfter(first);
        record(bob, "proposal.section-renamed", "proposal", "p1", "Intro", "Introduction");
        record(bob, "participation.approved", "participation-request", "r1", "PENDING", "APPROVED");
        signInAs(staff.subject());

        var all = AuditQuery.of(workgroup.id().value());
        assertThat(log.count(all)).as("creation, first staff, three events").isEqualTo(5);
        assertThat(log.count(all.byActor(alice))).isEqualTo(1);
        assertThat(log.count(all.byActor(bob))).isEqualTo(2);
        assertThat(log.count(all.withAction("proposal"))).as("a kind: every proposal action").isEqualTo(2);
        assertThat(log.count(all.withAction("proposal.created"))).isEqualTo(1);
        assertThat(log.count(all.withAction("workgroup"))).isEqualTo(2);
        assertThat(log.count(all.onObject("proposal", "p1"))).isEqualTo(2);
        assertThat(log.count(all.onObject("participation-request", null))).isEqualTo(1);
        assertThat(log.count(all.onObject(null, "r1"))).isEqualTo(1);
        assertThat(log.count(all.between(boundary, null))).isEqualTo(2);
        assertThat(log.count(all.between(null, boundary))).isEqualTo(3);
        assertThat(log.page(all.byActor(bob).withAction("participation"), 0, 10)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.who()).isEqualTo("Bob Brandt " + suffix);
                    assertThat(entry.event().before()).isEqualTo("PENDING");
                    assertThat(entry.event().after()).isEqualTo("APPROVED");
                });

        var choices = log.choices(workgroup.id());
        assertThat(choices.people()).extracting(AuditLogChoices.Actor::name)
                .containsExactly("Alice Abara " + suffix, "Bob Brandt " + suffix, "Dana Whitfield");
        assertThat(choices.actions()).containsSubsequence("participation", "participation.approved", "proposal",
                "proposal.created", "proposal.section-renamed", "workgroup", "workgroup.created");
        assertThat(choices.objectTypes()).contains("proposal", "participation-request", "workgroup", "membership");
    }

    @Test
    void pagesComeNewestFirstAndFollowEachOtherWithoutGapOrOverlap() {
        for (int i = 0; i < 25; i++) {
            record(alice, "test.step", "step", String.valueOf(i), null, "step " + i);
        }
        signInAs(staff.subject());
        var steps = AuditQuery.of(workgroup.id().value()).withAction("test.step");

        var read = new ArrayList<String>();
        for (int offset = 0; offset < 30; offset += 10) {
            log.page(steps, offset, 10).forEach(entry -> read.add(entry.event().after()));
        }
        var expected = new ArrayList<String>();
        for (int i = 24; i >= 0; i--) {
            expected.add("step " + i);
        }
        assertThat(read).containsExactlyElementsOf(expected);
    }

    @Test
    void membersPeopleWithoutARoleAndStaffOfAnotherWorkgroupAreRefusedAndTheRefusalIsLogged() {
        signInAs(staff.subject());
        workgroups.addMember(workgroup.id(), key("audit-member-" + suffix), WorkgroupRole.MEMBER);
        var query = AuditQuery.of(workgroup.id().value());

        for (var username : List.of("audit-member-" + suffix, "no-role-" + suffix, "staff")) {
            signInAs(username);
            var before = refusalsOf(username);
            assertRefused(() -> log.count(query));
            assertRefused(() -> log.page(query, 0, 10));
            assertRefused(() -> log.choices(workgroup.id()));
            var out = new ByteArrayOutputStream();
            assertRefused(() -> log.export(query, out));
            assertThat(out.size()).as("nothing exported").isZero();
            assertThat(refusalsOf(username) - before).as(username).isEqualTo(4);
        }

        signInAs(staff.subject());
        var refusals = log.page(query.withAction("access.refused"), 0, 50);
        assertThat(refusals).extracting(entry -> entry.event().actor().subject())
                .contains("audit-member-" + suffix, "no-role-" + suffix, "staff");
    }

    @Test
    void theExportReadsBackAsCsvWithQuotingAndNeutralisedFormulasAndIsItselfAudited() throws IOException {
        record(alice, "proposal.section-renamed", "section", "=HYPERLINK(\"http://example.invalid\",\"x\")",
                "Scope, aims", "He said \"no\"\nthen left");
        record(bob, "test.formula", "cell", "+1", "-2", "@SUM(A1)");
        signInAs(staff.subject());
        var query = AuditQuery.of(workgroup.id().value());

        var out = new ByteArrayOutputStream();
        var export = log.export(query, out);

        var records = parse(out);
        assertThat(export).isEqualTo(new AuditExport(4, 4, false));
        assertThat(records).hasSize(4);
        var formula = records.getFirst();
        assertThat(formula.get("Person")).isEqualTo("Bob Brandt " + suffix);
        assertThat(formula.get("Object")).isEqualTo("'+1");
        assertThat(formula.get("Before")).isEqualTo("'-2");
        assertThat(formula.get("After")).isEqualTo("'@SUM(A1)");
        var renamed = records.get(1);
        assertThat(renamed.get("Action")).isEqualTo("proposal.section-renamed");
        assertThat(renamed.get("Action label")).isEqualTo("Proposals: section renamed");
        assertThat(renamed.get("Object")).isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"x\")");
        assertThat(renamed.get("Before")).isEqualTo("Scope, aims");
        assertThat(renamed.get("After")).isEqualTo("He said \"no\"\nthen left");
        assertThat(renamed.get("Person key")).isEqualTo(alice.toString());
        assertThat(Instant.parse(renamed.get("Time (UTC)"))).isBefore(Instant.now());
        assertThat(records.get(3).get("Action")).isEqualTo("workgroup.created");

        assertThat(audit.ofActor(staff, 1)).singleElement().satisfies(exported -> {
            assertThat(exported.action()).isEqualTo("audit.exported");
            assertThat(exported.workgroupId()).isEqualTo(workgroup.id().value());
            assertThat(exported.after()).startsWith("4 of 4 events");
        });
    }

    @Test
    void anExportStopsAtItsRowLimitAndSaysSo() throws IOException {
        record(alice, "test.one", "thing", "1", null, null);
        record(alice, "test.two", "thing", "2", null, null);
        signInAs(staff.subject());
        var out = new ByteArrayOutputStream();

        var export = log.export(AuditQuery.of(workgroup.id().value()).withAction("test"), out, 1);

        assertThat(export).isEqualTo(new AuditExport(1, 2, true));
        assertThat(parse(out)).singleElement().satisfies(row -> assertThat(row.get("Action")).isEqualTo("test.two"));
    }

    private static List<CSVRecord> parse(ByteArrayOutputStream out) throws IOException {
        var text = out.toString(StandardCharsets.UTF_8);
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).containsExactly("Time (UTC)", "Person", "Person key", "Action",
                    "Action label", "Object type", "Object", "Before", "After", "Client address");
            return parser.getRecords();
        }
    }

    private AuditEvent record(PersonKey actor, String action, String objectType, String objectId, String before,
            String after) {
        return audit.record(AuditEntry.of(actor, action, workgroup.id().value(), objectType, objectId)
                .withChange(before, after));
    }

    /** The store keeps milliseconds: a boundary in the next one lies strictly between two events. */
    private static Instant firstMillisecondAfter(AuditEvent event) {
        var stored = event.at().toEpochMilli();
        while (Instant.now().toEpochMilli() <= stored) {
            Thread.onSpinWait();
        }
        return Instant.ofEpochMilli(stored + 1);
    }

    private long refusalsOf(String username) {
        return audit.ofActor(key(username), 1_000).stream().filter(e -> e.action().equals("access.refused")).count();
    }

    private static void assertRefused(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(AccessRefused.class);
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }

    private PersonKey key(String username) {
        return new PersonKey(signIn.issuer(), username);
    }
}
