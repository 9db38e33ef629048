package org.quire.proposal.internal;

import java.util.List;

import org.quire.proposal.SectionKind;

/**
 * The seeded demo proposal: an invented recommendation in the shape of the telemedicine visit codes,
 * in Quire's own words. Real CPT text is AMA-copyrighted and is not used or paraphrased.
 */
public final class DemoProposal {

    public static final String TITLE = "Telemedicine visits by audio-video and audio-only connection";

    public record DemoSection(SectionKind kind, String text) {
    }

    public static final List<DemoSection> SECTIONS = List.of(
            new DemoSection(SectionKind.INTRODUCTORY_LANGUAGE, """
                    ## Telemedicine visits

                    ▶The codes in this family describe a visit with a patient who is not in the same place as \
                    the reporting professional, held over a real-time connection. Choose the family by the \
                    connection used for most of the visit: **audio-video** or **audio-only**.◀

                    Choose the level by the clinical reasoning the visit required, or by the total time \
                    spent on the day of the visit, whichever describes the work better. ▶Time includes \
                    preparing for the visit and documenting it, but not time spent by clinical staff.◀

                    A brief check-in that does not lead to a visit within the next day is reported with the \
                    brief check-in code; one that does is part of that visit.
                    """),
            new DemoSection(SectionKind.RATIONALE, """
                    Visits held over a real-time connection are now a routine part of care, but the code set \
                    describes them only through modifiers appended to in-person codes. Separate families make \
                    the connection explicit, let payers and researchers tell audio-only visits apart, and give \
                    the work its own description.

                    - The levels follow the in-person visit codes, so reporting stays familiar.
                    - The audio-only family exists because many patients have no video connection.
                    """),
            new DemoSection(SectionKind.CLINICAL_VIGNETTE, """
                    A 58-year-old established patient with type 2 diabetes joins a scheduled audio-video \
                    visit from home to review a week of glucose readings. The clinician adjusts the \
                    medication and arranges a follow-up visit in three months.
                    """),
            new DemoSection(SectionKind.DESCRIPTION_OF_SERVICE, """
                    1. **Before the visit:** review the record and any readings sent in.
                    2. **During the visit:** history, the parts of an examination possible at a distance, \
                    clinical reasoning, and a plan agreed with the patient.
                    3. **After the visit:** documentation, orders and messages to other clinicians.
                    """),
            new DemoSection(SectionKind.REFERENCES, """
                    1. Example Society of Telehealth. *Real-time visits: a survey of practice.* \
                    Journal of Invented Examples. 2025;12(3):45-52.
                    2. Another Example Group. *Audio-only care in rural settings.* Example Press; 2024.
                    """));

    private DemoProposal() {
    }
}
