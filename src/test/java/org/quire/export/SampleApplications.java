package org.quire.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.CodeFamilyId;
import org.quire.descriptor.DemoDescriptors;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorFlag;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorSet;
import org.quire.lifecycle.MilestoneId;
import org.quire.markdown.Markdown;
import org.quire.markdown.SafeHtml;
import org.quire.proposal.ProposalState;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionKind;

/** Code Change Applications for the writers' tests and the export benchmark, built without a database. */
public final class SampleApplications {

    public static final Instant FROZEN = Instant.parse("2026-11-02T15:00:00Z");
    public static final Instant GENERATED = Instant.parse("2026-11-27T10:00:00Z");

    /** The revised code whose change the tests look for: "a live two-way" becomes "a secure live two-way". */
    public static final String REVISED_CODE = "9X2X1";
    public static final String REVISED_CURRENT = "Brief check-in with an established patient over a live two-way link";
    public static final String REVISED_PROPOSED =
            "Brief check-in with an established patient over a secure live two-way link, 5 minutes or more";

    private SampleApplications() {
    }

    /** A small application: every section kind, the demo descriptor set plus one revised code, with ▶◀ text. */
    public static CodeChangeApplication telemedicine(ExportMarking marking) {
        var sections = List.of(
                section("s-intro", SectionKind.INTRODUCTORY_LANGUAGE, "Introductory language", 4, """
                        ## Telemedicine services

                        ▶Codes 9X0X1-9X0X8 report a visit held over a **live two-way audio-video link**.◀
                        Time counts only while the link is open.

                        - the patient is at home or in a clinic
                        - the practitioner is licensed where the patient is
                        """),
                section("s-rationale", SectionKind.RATIONALE, "Rationale", 3, """
                        Audio-only visits are *common* and need their own codes. See the
                        [survey](https://example.org/survey).

                        | Setting | Share |
                        |---|---|
                        | Rural | 41 % |
                        | Urban | 18 % |
                        """),
                section("s-vignette", SectionKind.CLINICAL_VIGNETTE, "Clinical vignette: known patient", 2, """
                        A 64-year-old patient with heart failure is seen over video for a change of dose.
                        """),
                section("s-service", SectionKind.DESCRIPTION_OF_SERVICE, "Description of service", 2, """
                        1. Review the record before the visit.
                        2. Hold the visit over the link.
                        3. Document the time and the link used.
                        """),
                section("s-refs", SectionKind.REFERENCES, "References", 1, """
                        1. Invented A, Example B. Telehealth outcomes. *J Invented Med.* 2025;12:1-9.
                        """));
        return new CodeChangeApplication("Telehealth Services Workgroup", "TH-2026-001",
                "Telemedicine visits by audio-video and audio-only connection", ProposalState.COMMENT_PERIOD,
                "Draft for comment period 1", new MilestoneId("m-1"), FROZEN, GENERATED, marking, sections,
                withRevisedCode(DemoDescriptors.telemedicine()), 7, List.of());
    }

    /**
     * About {@code pages} pages of text over five sections and {@code descriptors} descriptors in
     * families of eight (new, revised with changed words, children under a parent, add-ons, a deletion).
     */
    public static CodeChangeApplication large(int pages, int descriptors) {
        var kinds = SectionKind.values();
        var sections = new ArrayList<ExportedSection>();
        int perSection = Math.max(1, pages / (kinds.length - 1));
        for (int i = 0; i < kinds.length - 1; i++) {
            var text = new StringBuilder("## Part ").append(i + 1).append("\n\n");
            for (int page = 0; page < perSection; page++) {
                for (int paragraph = 0; paragraph < 5; paragraph++) {
                    text.append(paragraph == 0 ? "▶" : "").append("Paragraph ").append(page * 5 + paragraph + 1)
                            .append(" explains how the service is delivered over a **live** link, ")
                            .append("who takes part, how long it lasts and what is documented. ".repeat(4))
                            .append(paragraph == 0 ? "◀" : "").append("\n\n");
                }
                text.append("- a first point on page ").append(page + 1).append("\n- a second point\n\n");
            }
            sections.add(section("s-" + i, kinds[i], kinds[i].label(), 10 + i, text.toString()));
        }
        return new CodeChangeApplication("Telehealth Services Workgroup", "TH-2026-050",
                "A long proposal for the export benchmark", ProposalState.WORKGROUP_APPROVAL,
                "For workgroup approval 1", new MilestoneId("m-50"), FROZEN, GENERATED, ExportMarking.FOR_PANEL,
                sections, manyDescriptors(descriptors), 40, List.of());
    }

    private static ExportedSection section(String id, SectionKind kind, String title, int revision, String markdown) {
        return new ExportedSection(new SectionId(id), kind, title, revision, markdown,
                new SafeHtml(Markdown.html(markdown)));
    }

    private static DescriptorSet withRevisedCode(DescriptorSet demo) {
        var revised = new Descriptor(new DescriptorId("sample-revised"), REVISED_CODE, DescriptorAction.REVISED,
                null, REVISED_PROPOSED, REVISED_CURRENT, Set.of(DescriptorFlag.AUDIO_VIDEO), List.of());
        var families = new ArrayList<>(demo.families());
        families.add(new CodeFamily(new CodeFamilyId("sample-check-ins"), "Check-ins", List.of(revised)));
        return demo.withFamilies(families);
    }

    private static DescriptorSet manyDescriptors(int count) {
        var families = new ArrayList<CodeFamily>();
        var current = new ArrayList<Descriptor>();
        for (int i = 0; i < count; i++) {
            var code = String.format("9%02dX%d", i / 10, i % 10);
            var id = new DescriptorId("bench-" + i);
            Descriptor descriptor = switch (i % 8) {
                case 0 -> new Descriptor(id, code, DescriptorAction.NEW, null,
                        "Telemedicine visit over a live two-way audio-video link; with a patient new to the practice",
                        "", Set.of(DescriptorFlag.AUDIO_VIDEO), List.of("Report once per day"));
                case 1, 2 -> new Descriptor(id, code, DescriptorAction.NEW, new DescriptorId("bench-" + (i - i % 8)),
                        "requiring clinical reasoning of level " + (i % 8) + " and " + (15 * (i % 8))
                                + " minutes or more", "", Set.of(DescriptorFlag.AUDIO_VIDEO), List.of());
                case 3, 4 -> new Descriptor(id, code, DescriptorAction.REVISED, null,
                        "Visit over a secure live audio-only link of " + (10 * (i % 8)) + " minutes or more",
                        "Visit over a live audio-only link of " + (5 * (i % 8)) + " minutes",
                        Set.of(DescriptorFlag.AUDIO_ONLY), List.of());
                case 5 -> new Descriptor(id, code, DescriptorAction.DELETED, null, "",
                        "Remote check-in by telephone", Set.of(), List.of("To report, see 9X0X1"));
                default -> new Descriptor(id, code, DescriptorAction.NEW, null,
                        "Each additional 15 minutes of telemedicine time (List separately in addition to code "
                                + "for primary procedure)", "", Set.of(DescriptorFlag.ADD_ON,
                                DescriptorFlag.EXEMPT_FROM_MODIFIER_51), List.of());
            };
            current.add(descriptor);
            if (current.size() == 8 || i == count - 1) {
                families.add(new CodeFamily(new CodeFamilyId("bench-family-" + families.size()),
                        "Family " + (families.size() + 1), List.copyOf(current)));
                current.clear();
            }
        }
        return new DescriptorSet(families, Set.of());
    }
}
