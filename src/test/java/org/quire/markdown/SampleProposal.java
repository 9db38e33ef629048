package org.quire.markdown;

import java.util.List;
import java.util.Random;

/**
 * An invented telehealth proposal in Markdown, as a workgroup would write one: headings, clinical
 * and coding prose, lists, descriptor tables, links, footnotes, task lists and CPT markup
 * (▶ ◀, ~~struck~~, &lt;u&gt;added&lt;/u&gt;, ● ▲ ★). Deterministic for a given size. Shared by
 * tests and the render benchmark.
 */
public final class SampleProposal {

    private static final List<String> SENTENCES = List.of(
            "The remote physiologic monitoring service described here is furnished by a physician or other "
                    + "qualified health care professional over a real-time audio-video connection.",
            "Data are collected for at least 16 days in a 30-day period and reviewed by clinical staff.",
            "The workgroup considered whether *interactive communication* of at least 20 minutes should be "
                    + "required before the service may be reported.",
            "Survey respondents reported a median intra-service time of **25 minutes** (IQR 20-35).",
            "Modifier 95 is appended when the service is rendered via synchronous telemedicine; modifier 93 "
                    + "applies to audio-only encounters.",
            "Specialty societies asked that the descriptor avoid naming a particular device or platform.",
            "Clinical staff time spent on device set-up and patient education is not separately reportable.",
            "The proposal does not change the existing parenthetical instructions for codes 9X0X1 and 9X0X2.",
            "In the vignette, a 67-year-old patient with heart failure transmits weight and blood pressure "
                    + "readings daily.",
            "Reviewers noted that the ~~sixteen-day~~ <u>two-day</u> threshold is supported by the 2025 "
                    + "utilization data.",
            "See the [CMS telehealth list](https://www.cms.gov/medicare/coverage/telehealth/list-services) "
                    + "for the current coverage status.",
            "▶Report 9X0X3 once per 30 days, regardless of the number of devices supplied.◀",
            "Contact the secretariat at <telehealth-secretariat@example.org> with questions about the "
                    + "comment period.",
            "The typical patient is managed by a multidisciplinary team that includes nursing and pharmacy "
                    + "support.",
            "Time spent on the same day as an evaluation and management service is counted only once.",
            "A `9X0X4` placeholder remains until the Editorial Panel assigns a code number.",
            "The rationale draws on published cost-effectiveness studies and on the society's own survey.",
            "Documentation must include the patient's consent to receive services by telecommunication.");

    private static final List<String> HEADINGS = List.of("Introductory language", "Rationale",
            "Clinical vignette", "Description of service", "Pre-service work", "Intra-service work",
            "Post-service work", "Coding considerations", "Utilization", "Comments from specialty societies");

    private SampleProposal() {
    }

    /** A proposal of at least {@code bytes} characters (a few hundred more, to finish the section). */
    public static String ofAbout(int bytes) {
        var random = new Random(20_260_101L);
        var text = new StringBuilder(bytes + 4096);
        text.append("# TH-2026-003 Remote therapeutic monitoring, telehealth services\n\n");
        int section = 0;
        int footnotes = 0;
        while (text.length() < bytes) {
            section++;
            text.append("## ").append(HEADINGS.get(section % HEADINGS.size())).append(' ').append(section)
                    .append("\n\n");
            for (int paragraph = 0; paragraph < 3; paragraph++) {
                appendParagraph(text, random, 3 + random.nextInt(5));
                if (random.nextInt(3) == 0) {
                    footnotes++;
                    text.setLength(text.length() - 2);
                    text.append("[^n").append(footnotes).append("]\n\n");
                }
            }
            switch (section % 4) {
                case 0 -> appendDescriptorTable(text, random);
                case 1 -> appendList(text, random, "- ");
                case 2 -> appendList(text, random, "1. ");
                default -> text.append("> ").append(pick(random, SENTENCES)).append("\n\n")
                        .append("- [x] Survey reviewed\n- [ ] Vignette agreed\n\n");
            }
            text.append("### Notes on section ").append(section).append("\n\n");
            appendParagraph(text, random, 4);
        }
        text.append("## References\n\n");
        for (int i = 1; i <= footnotes; i++) {
            text.append("[^n").append(i).append("]: Invented study ").append(i)
                    .append(", *J Telemed Care* 2025; see <https://example.org/studies/").append(i)
                    .append(">.\n");
        }
        return text.toString();
    }

    private static void appendParagraph(StringBuilder text, Random random, int sentences) {
        for (int i = 0; i < sentences; i++) {
            text.append(pick(random, SENTENCES)).append(' ');
        }
        text.setLength(text.length() - 1);
        text.append("\n\n");
    }

    private static void appendList(StringBuilder text, Random random, String marker) {
        for (int i = 0; i < 4 + random.nextInt(4); i++) {
            text.append(marker).append(pick(random, SENTENCES)).append('\n');
        }
        text.append('\n');
    }

    private static void appendDescriptorTable(StringBuilder text, Random random) {
        text.append("| Code | Action | Descriptor |\n|:-----|:------:|------------|\n");
        for (int i = 0; i < 6 + random.nextInt(6); i++) {
            text.append("| 9X0").append(random.nextInt(10)).append(random.nextInt(10)).append(" | ")
                    .append(random.nextBoolean() ? "● new" : "▲ revised")
                    .append(" | Remote monitoring of physiologic parameters; ~~initial~~ <u>each</u> set-up, "
                            + "with *patient education* ★ |\n");
        }
        text.append('\n');
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
