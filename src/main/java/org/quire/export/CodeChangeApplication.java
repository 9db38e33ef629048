package org.quire.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.quire.comment.DispositionReport;
import org.quire.descriptor.DescriptorSet;
import org.quire.lifecycle.MilestoneId;
import org.quire.proposal.ProposalState;

/**
 * Everything an exported Code Change Application says, read once and handed to a writer: the
 * writers read nothing else, so the same milestone always gives the same file apart from
 * {@link #generatedAt}.
 *
 * @param source the milestone's name, or {@link #CURRENT_DRAFT} for the current heads
 * @param milestone the milestone exported, or {@code null} for the current heads
 * @param frozenAt when the milestone was made, or {@code null} for the current heads
 * @param sections the proposal's sections in the proposal's order
 * @param dispositions the disposition reports of the comment periods, oldest first; empty unless asked for
 */
public record CodeChangeApplication(String workgroupName, String proposalNumber, String proposalTitle,
        ProposalState state, String source, @Nullable MilestoneId milestone, @Nullable Instant frozenAt,
        Instant generatedAt, ExportMarking marking, List<ExportedSection> sections, DescriptorSet descriptors,
        int descriptorRevision, List<DispositionReport> dispositions) {

    public static final String CURRENT_DRAFT = "Current draft";

    /** Dates as the cover and the manifest print them (UTC), e.g. "27 November 2026". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public CodeChangeApplication {
        sections = List.copyOf(sections);
        dispositions = List.copyOf(dispositions);
    }

    /**
     * The sections in the order a Code Change Application reads: introductory language, rationale,
     * clinical vignettes, description of service, references, then any others; within a kind, in
     * the proposal's order.
     */
    public List<ExportedSection> inApplicationOrder() {
        return sections.stream().sorted(Comparator.comparing(ExportedSection::kind)).toList();
    }

    /** "27 November 2026": the only thing that differs between two exports of one milestone. */
    public String generatedOn() {
        return DAY.format(generatedAt);
    }

    /** A file name without extension: number and source, e.g. {@code TH-2026-001-draft-for-comment-period-1}. */
    public String baseFileName() {
        var name = (proposalNumber + "-" + source).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return proposalNumber.replaceAll("[^A-Za-z0-9-]", "_") + name.substring(Math.min(name.length(),
                proposalNumber.length()));
    }
}
