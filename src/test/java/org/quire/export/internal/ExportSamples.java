package org.quire.export.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.quire.comment.Comment;
import org.quire.comment.CommentId;
import org.quire.comment.CommentThread;
import org.quire.comment.Disposition;
import org.quire.comment.DispositionKind;
import org.quire.comment.DispositionReport;
import org.quire.comment.DispositionRow;
import org.quire.comment.ThreadId;
import org.quire.comment.ThreadStatus;
import org.quire.comment.ThreadTarget;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.CodeFamilyId;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorFlag;
import org.quire.descriptor.DescriptorId;
import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportMarking;
import org.quire.export.ExportedSection;
import org.quire.export.SampleApplications;
import org.quire.markdown.Markdown;
import org.quire.markdown.SafeHtml;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriod;
import org.quire.proposal.CommentPeriodId;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionKind;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;

/**
 * The telemedicine sample with what the HTML and PDF writers' tests also need: a family whose codes
 * carry the marks the demo set lacks (⊘, ⚡), a section with raw HTML and a remote image, and the
 * disposition report of a comment period.
 */
final class ExportSamples {

    /** Every mark a descriptor set can show, as CPT prints them, and the passage marks. */
    static final List<String> SYMBOLS = List.of("●", "▲", "★", "⊘", "▶", "◀", "☎", "⚡");
    static final String SCRIPTY_TITLE = "Notes with raw HTML";
    static final String SCRIPTY_MARKDOWN = """
            Text before. <script>alert('raw')</script><b onclick="alert('b')">bold</b>

            Typed as code: `<script>alert('code')</script>` and an image ![a chart](https://example.org/chart.png).
            """;
    static final String COMMENT = "Please say \"established\" <b>patient</b>, not \"known\".";
    static final String RESPONSE = "Changed as suggested.";

    private static final Instant OPENS = Instant.parse("2026-10-01T15:00:00Z");
    private static final PersonKey STAFF = new PersonKey("urn:test", "staff");
    private static final PersonKey COMMENTER = new PersonKey("urn:test", "commenter");

    private ExportSamples() {
    }

    /** The telemedicine sample, every mark, the raw-HTML section, and dispositions when asked. */
    static CodeChangeApplication application(ExportMarking marking, boolean withDispositions) {
        var sample = SampleApplications.telemedicine(marking);
        var sections = new ArrayList<>(sample.sections());
        sections.add(new ExportedSection(new SectionId("s-scripty"), SectionKind.RATIONALE, SCRIPTY_TITLE, 1,
                SCRIPTY_MARKDOWN, new SafeHtml(Markdown.html(SCRIPTY_MARKDOWN))));
        var families = new ArrayList<>(sample.descriptors().families());
        families.add(new CodeFamily(new CodeFamilyId("sample-devices"), "Remote monitoring devices", List.of(
                new Descriptor(new DescriptorId("sample-device"), "0X01T", DescriptorAction.NEW, null,
                        "Remote monitoring of a heart failure device awaiting clearance, each 30 days", "",
                        Set.of(DescriptorFlag.FDA_PENDING, DescriptorFlag.EXEMPT_FROM_MODIFIER_51), List.of()))));
        return new CodeChangeApplication(sample.workgroupName(), sample.proposalNumber(), sample.proposalTitle(),
                sample.state(), sample.source(), sample.milestone(), sample.frozenAt(), sample.generatedAt(),
                marking, sections, sample.descriptors().withFamilies(families), sample.descriptorRevision(),
                withDispositions ? List.of(dispositions()) : List.of());
    }

    /** The same application made at another time: only the generation date differs. */
    static CodeChangeApplication generatedAt(CodeChangeApplication application, Instant when) {
        return new CodeChangeApplication(application.workgroupName(), application.proposalNumber(),
                application.proposalTitle(), application.state(), application.source(), application.milestone(),
                application.frozenAt(), when, application.marking(), application.sections(),
                application.descriptors(), application.descriptorRevision(), application.dispositions());
    }

    private static DispositionReport dispositions() {
        var proposal = new Proposal(new ProposalId("p1"), new WorkgroupId("w1"), "TH-2026-001", "Telemedicine visits",
                List.of(1), org.quire.proposal.ProposalState.REVISING, List.of(), true, OPENS, STAFF, 3);
        var period = new CommentPeriod(new CommentPeriodId("c1"), proposal.id(), proposal.workgroup(), OPENS,
                Instant.parse("2026-10-15T17:00:00Z"), CommentAudience.EVERY_COMMENTER, STAFF, OPENS, List.of(), null);
        return new DispositionReport(proposal, period, List.of(
                row("Society of Remote Care", "Introductory language", "held over a live two-way link", COMMENT,
                        new Disposition(DispositionKind.ACCEPTED, RESPONSE, STAFF, OPENS, 4)),
                row("Academy of Telehealth", DispositionRow.WHOLE_PROPOSAL, "", "Fine overall.", null)));
    }

    private static DispositionRow row(String organization, String place, String quote, String comment,
            Disposition disposition) {
        var thread = new CommentThread(new ThreadId("t-" + organization.length()), new ProposalId("p1"),
                new WorkgroupId("w1"), new ThreadTarget.WholeProposal(), ThreadStatus.OPEN, COMMENTER, organization,
                OPENS, List.of(new Comment(new CommentId("c-" + organization.length()), COMMENTER, OPENS, comment,
                        null, null)), null, null, disposition, false, 0);
        return new DispositionRow(thread, organization, "Priya Raman", place, quote, comment);
    }
}
