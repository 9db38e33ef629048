package org.quire.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.audit.AuditEvent;
import org.quire.audit.AuditTrail;
import org.quire.comment.CommentThreads;
import org.quire.comment.DispositionKind;
import org.quire.comment.Dispositions;
import org.quire.descriptor.DemoDescriptors;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.lifecycle.Milestone;
import org.quire.lifecycle.Milestones;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Exports on the real store, through the service: who may export and how it is marked, a milestone
 * exported as it was frozen, the current draft as it is now, the same milestone giving the same
 * files, cancelling, auditing, and the workgroup package.
 */
@QuireIntegrationTest
class ExportsIT {

    @Autowired
    Exports exports;
    @Autowired
    Milestones milestones;
    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    DescriptorSetService descriptorSets;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    AuditTrail audit;
    @Autowired
    CommentPeriods periods;
    @Autowired
    CommentThreads comments;
    @Autowired
    Dispositions dispositions;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;
    SectionId introduction;
    Milestone milestone;

    @BeforeEach
    void aProposalWithAMilestoneAndALaterEdit() {
        signInAs("member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Remote monitoring codes", List.of(1)));
        introduction = proposal.currentSections().getFirst().id();
        write("▶Remote monitoring is growing.◀");
        descriptorSets.save(proposal.id(), 1, DemoDescriptors.telemedicine(), "Visit codes");
        milestone = milestones.capture(proposal.id(), "Before the rewrite");
        write("Remote monitoring has grown.");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void staffExportAMilestoneAsItWasFrozenForThePanelAndTheExportIsAudited() throws IOException {
        signInAs("staff");

        var file = exports.export(request(milestone, false), ExportProgress.NONE);

        var files = Unzipped.texts(file.content());
        assertThat(files.get("01-introductory-language.md")).isEqualTo("▶Remote monitoring is growing.◀");
        assertThat(files.get("manifest.json")).contains(ExportMarking.FOR_PANEL.notice())
                .contains("\"source\" : \"Before the rewrite\"");
        assertThat(file.fileName()).startsWith(proposal.number()).endsWith("-before-the-rewrite.zip");
        assertThat(file.mediaType()).isEqualTo("application/zip");
        assertThat(lastEvent().action()).isEqualTo("proposal.exported");
        assertThat(lastEvent().after()).isEqualTo("Markdown files (ZIP) of " + proposal.number()
                + " (Before the rewrite)");
    }

    @Test
    void theCurrentDraftIsExportedAsReadersSeeItNow() throws IOException {
        signInAs("staff");

        var files = Unzipped.texts(exports.export(new ExportRequest(proposal.id(), null, ExportFormat.MARKDOWN_ZIP, false),
                ExportProgress.NONE).content());

        assertThat(files.get("01-introductory-language.md")).isEqualTo("Remote monitoring has grown.");
        assertThat(files.get("manifest.json")).contains("\"source\" : \"Current draft\"");
    }

    @Test
    void membersExportWorkingDraftsMarkedAsSuchAndWithoutTheDispositions() throws IOException {
        assertThat(exports.marking(proposal.id())).isEqualTo(ExportMarking.WORKING_DRAFT);
        assertThat(exports.mayAddDispositions(proposal.id())).isFalse();

        var files = Unzipped.texts(exports.export(request(milestone, false), ExportProgress.NONE).content());

        assertThat(files.get("manifest.json")).contains(ExportMarking.WORKING_DRAFT.notice());
        assertThat(lastEvent().after()).endsWith(", working draft");
        assertThatThrownBy(() -> exports.export(request(milestone, true), ExportProgress.NONE))
                .isInstanceOf(AccessRefused.class);
    }

    @Test
    void observersDoNotExportAndCommentersDoNotEvenSeeADraft() {
        signInAs("observer");
        assertThat(exports.mayExport(proposal.id())).isFalse();
        assertThatThrownBy(() -> exports.export(request(milestone, false), ExportProgress.NONE))
                .isInstanceOf(AccessRefused.class);
        signInAs("commenter");
        assertThatThrownBy(() -> exports.export(request(milestone, false), ExportProgress.NONE))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void staffMayAddTheDispositionReportsOfThePeriodsThatHaveOpened() throws IOException {
        signInAs("staff");
        var beforeAnyPeriod = Unzipped.texts(exports.export(request(milestone, true), ExportProgress.NONE).content());
        assertThat(beforeAnyPeriod).doesNotContainKey("dispositions.md");
        assertThat(lastEvent().after()).doesNotContain("dispositions");

        periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                CommentAudience.EVERY_COMMENTER);
        periods.open(proposal.id(), Instant.now().plus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(37)),
                CommentAudience.EVERY_COMMENTER);
        signInAs("commenter");
        var thread = comments.startOnProposal(proposal.id(), "Please say | how long a visit lasts.");
        signInAs("staff");
        dispositions.record(thread.id(), DispositionKind.DEFERRED, "We take this up\nnext cycle.");

        var files = Unzipped.texts(exports.export(request(milestone, true), ExportProgress.NONE).content());
        assertThat(lastEvent().after()).endsWith(", with dispositions");
        var report = files.get("dispositions.md");
        assertThat(report).startsWith("# Disposition of comments\n")
                .contains("Please say \\| how long a visit lasts.")
                .contains(" | Deferred | We take this up next cycle. |");
        // the period still to come has nothing to report yet
        assertThat(report.lines().filter(line -> line.startsWith("## Comment period"))).hasSize(1);
        var withoutAsking = Unzipped.texts(exports.export(request(milestone, false), ExportProgress.NONE).content());
        assertThat(withoutAsking).doesNotContainKey("dispositions.md");
    }

    @Test
    void theSameMilestoneExportsToTheSameFiles() throws IOException {
        signInAs("staff");

        var first = Unzipped.texts(exports.export(request(milestone, false), ExportProgress.NONE).content());
        write("Remote monitoring has grown a lot.");
        var second = Unzipped.texts(exports.export(request(milestone, false), ExportProgress.NONE).content());

        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, text) -> assertThat(withoutGenerationTime(second.get(name))).as(name)
                .isEqualTo(withoutGenerationTime(text)));
    }

    @Test
    void aCancelledExportStopsAndIsNotAudited() {
        signInAs("staff");
        var before = audit.ofWorkgroup(proposal.workgroup().value(), 1).getFirst();

        assertThatThrownBy(() -> exports.export(request(milestone, false), (done, step) -> {
            if (done > 0) {
                throw new ExportCancelled();
            }
        })).isInstanceOf(ExportCancelled.class);

        assertThat(lastEvent()).isEqualTo(before);
    }

    private ExportRequest request(Milestone frozen, boolean withDispositions) {
        return new ExportRequest(proposal.id(), frozen.id(), ExportFormat.MARKDOWN_ZIP, withDispositions);
    }

    private AuditEvent lastEvent() {
        return audit.ofWorkgroup(proposal.workgroup().value(), 1).getFirst();
    }

    private void write(String text) {
        var head = sections.read(proposal.id(), introduction).head().number();
        sections.save(proposal.id(), introduction, head, text, "");
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }

    private static String withoutGenerationTime(String text) {
        return text.replaceAll("\"generatedAt\" : \"[^\"]+\"", "\"generatedAt\" : \"…\"");
    }
}
