package org.quire.export;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;
import org.quire.comment.DispositionReport;
import org.quire.comment.Dispositions;
import org.quire.descriptor.DescriptorSet;
import org.quire.lifecycle.MilestoneId;
import org.quire.lifecycle.Milestones;
import org.quire.markdown.MarkdownRenderer;
import org.quire.markdown.SafeHtml;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.Proposal;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionKind;
import org.quire.proposal.SectionService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.stereotype.Component;

/**
 * Reads what an export says through the services readers use (each checks the caller's role):
 * a milestone's frozen sections and descriptor set, or the current heads.
 */
@Component
class ApplicationSources {

    private final Milestones milestones;
    private final SectionService sections;
    private final DescriptorSetService descriptorSets;
    private final CommentPeriods periods;
    private final Dispositions dispositions;
    private final WorkgroupService workgroups;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    ApplicationSources(Milestones milestones, SectionService sections, DescriptorSetService descriptorSets,
            CommentPeriods periods, Dispositions dispositions, WorkgroupService workgroups, MarkdownRenderer markdown,
            Clock clock) {
        this.milestones = milestones;
        this.sections = sections;
        this.descriptorSets = descriptorSets;
        this.periods = periods;
        this.dispositions = dispositions;
        this.workgroups = workgroups;
        this.markdown = markdown;
        this.clock = clock;
    }

    CodeChangeApplication read(Proposal proposal, @Nullable MilestoneId milestoneId, ExportMarking marking,
            boolean withDispositions) {
        var workgroup = workgroups.workgroup(proposal.workgroup()).name();
        var reports = withDispositions ? dispositionsOf(proposal) : List.<DispositionReport>of();
        if (milestoneId == null) {
            var texts = sections.readAll(proposal.id());
            var current = descriptorSets.read(proposal.id());
            var exported = texts.stream().map(text -> section(text.section().id(), text.section().kind(),
                    text.section().title(), text.head().number(), text.text())).toList();
            return application(proposal, workgroup, CodeChangeApplication.CURRENT_DRAFT, null, marking, exported,
                    current.set(), current.head().number(), reports);
        }
        var content = milestones.content(milestoneId);
        var milestone = content.milestone();
        if (!milestone.proposal().equals(proposal.id())) {
            throw new NoSuchElementException("This proposal has no such milestone.");
        }
        var exported = content.sections().stream().map(frozen -> section(frozen.section().id(),
                frozen.section().kind(), frozen.section().title(), frozen.section().revision(), frozen.text()))
                .toList();
        return new CodeChangeApplication(workgroup, proposal.number(), proposal.title(), proposal.state(),
                milestone.name(), milestone.id(), milestone.at(), clock.instant(), marking, exported,
                content.descriptors(), milestone.descriptorRevision(), reports);
    }

    private CodeChangeApplication application(Proposal proposal, String workgroup, String source,
            @Nullable MilestoneId milestone, ExportMarking marking, List<ExportedSection> exported,
            DescriptorSet set, int descriptorRevision, List<DispositionReport> reports) {
        return new CodeChangeApplication(workgroup, proposal.number(), proposal.title(), proposal.state(), source,
                milestone, null, clock.instant(), marking, exported, set, descriptorRevision, reports);
    }

    private ExportedSection section(SectionId id, SectionKind kind, String title, int revision, String text) {
        return new ExportedSection(id, kind, title, revision, text, rendered(text));
    }

    /** Rendered on the renderer's deep-stacked threads, as the reader renders whole sections. */
    private SafeHtml rendered(String text) {
        try {
            return markdown.renderAsync(text).join().html();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    private List<DispositionReport> dispositionsOf(Proposal proposal) {
        var now = clock.instant();
        return periods.periods(proposal.id()).stream().filter(period -> !period.opens().isAfter(now))
                .map(period -> dispositions.report(proposal.id(), period.id())).toList();
    }
}
