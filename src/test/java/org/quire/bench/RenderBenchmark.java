package org.quire.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import org.quire.markdown.MarkdownRenderer;
import org.quire.markdown.PathologicalMarkdown;
import org.quire.markdown.internal.PathologicalInputGuard;
import org.quire.markdown.internal.RenderPipeline;
import org.quire.shared.InputRejected;

/**
 * Markdown rendering: a realistic ~100 KB proposal through the whole pipeline (guard, flexmark,
 * sanitizer, headings; no cache) against bare flexmark, then every pathological shape at the
 * size limit, refused or rendered. Targets: p95 under 15 ms; each pathological input decided
 * within 1 s.
 */
public final class RenderBenchmark implements Runnable {

    private static final double P95_TARGET_MS = 15;
    private static final double PATHOLOGICAL_TARGET_MS = 1000;

    public RenderBenchmark() {
    }

    @Override
    public void run() {
        String proposal = Proposal.ofAbout(100 * 1024);
        var pipeline = new RenderPipeline(new PathologicalInputGuard(MarkdownRenderer.MAX_BYTES));
        var bareParser = Parser.builder().build();
        var bareRenderer = HtmlRenderer.builder().build();
        int htmlChars = pipeline.render(proposal).html().html().length();
        System.out.printf(Locale.ROOT, "data: one proposal of %,d characters (%,d UTF-8 bytes), %,d lines, %,d headings "
                + "-> %,d characters of sanitized HTML%n", proposal.length(),
                proposal.getBytes(StandardCharsets.UTF_8).length, proposal.lines().count(),
                pipeline.render(proposal).headings().size(), htmlChars);

        var bare = Timings.measure("bare flexmark (core, defaults)", 200, 300,
                () -> bareRenderer.render(bareParser.parse(proposal)));
        var full = Timings.measure("render+sanitize (Quire pipeline, no cache)", 200, 300,
                () -> pipeline.render(proposal));
        System.out.println(bare.summary());
        System.out.println(full.summary());
        System.out.println(full.ratioTo(bare));
        System.out.printf(Locale.ROOT, "target p95 < %.0f ms: %s%n", P95_TARGET_MS,
                full.percentileMillis(95) < P95_TARGET_MS ? "met" : "MISSED");

        System.out.printf(Locale.ROOT, "%npathological inputs at the %,d-byte limit (each run 3 times, slowest shown):%n",
                MarkdownRenderer.MAX_BYTES);
        int missed = 0;
        for (var shape : PathologicalMarkdown.SHAPES) {
            String input = shape.atMost(MarkdownRenderer.MAX_BYTES);
            String outcome = "";
            long slowest = 0;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                outcome = outcomeOf(() -> pipeline.render(input).html().html().length());
                slowest = Math.max(slowest, System.nanoTime() - start);
            }
            double millis = slowest / 1_000_000.0;
            missed += millis < PATHOLOGICAL_TARGET_MS ? 0 : 1;
            System.out.printf(Locale.ROOT, "  %-34s %,9d bytes  %-44s %8.1f ms%n", shape.name(),
                    input.getBytes(StandardCharsets.UTF_8).length, outcome, millis);
        }
        System.out.printf(Locale.ROOT, "target each < %.0f ms: %s%n", PATHOLOGICAL_TARGET_MS,
                missed == 0 ? "met" : "MISSED by " + missed);
    }

    private static String outcomeOf(Supplier<Integer> render) {
        try {
            return String.format(Locale.ROOT, "rendered (%,d chars of HTML)", render.get());
        } catch (InputRejected refused) {
            return "refused";
        }
    }

    /** An invented telehealth proposal: prose, lists, tables, links, footnotes and CPT markup. */
    static final class Proposal {

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

        static String ofAbout(int bytes) {
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
}
