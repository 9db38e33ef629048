package org.quire.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportCancelled;
import org.quire.export.ExportMarking;
import org.quire.export.ExportProgress;
import org.quire.export.SampleApplications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDF export read back with PDFBox: the text of every page (CPT's marks included, which proves the
 * embedded font maps them), the fonts, the metadata, and the first page and a descriptor page as
 * images under target/screenshots (docs/screenshots keeps a copy of the first page).
 */
class PdfApplicationWriterTest {

    private static final Logger log = LoggerFactory.getLogger(PdfApplicationWriterTest.class);
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final PdfApplicationWriter WRITER = new PdfApplicationWriter();
    private static final CodeChangeApplication APPLICATION = ExportSamples.application(ExportMarking.FOR_PANEL, false);

    private static byte[] pdf;
    private static List<String> pages;

    @BeforeAll
    static void writeTheSample() throws IOException {
        pdf = written(APPLICATION, ExportProgress.NONE);
        pages = pages(pdf);
    }

    @Test
    void theCoverSaysWhatWhoseAndWhichText() {
        var cover = pages.getFirst();
        assertThat(cover).contains("TELEHEALTH SERVICES WORKGROUP", "Code Change Application", "TH-2026-001",
                APPLICATION.proposalTitle(), "Milestone Draft for comment period 1", "Frozen 2 November 2026",
                "Generated 27 November 2026", "Contents", "Summary of code changes");
        assertThat(cover).contains("Page 1 of " + pages.size());
    }

    @Test
    void everyPageCarriesTheMarkingsNoticeAndItsNumber() throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).startsWith(ExportMarking.FOR_PANEL.notice())
                    .contains("Page " + (i + 1) + " of " + pages.size());
        }
        var draft = pages(written(ExportSamples.application(ExportMarking.WORKING_DRAFT, false), ExportProgress.NONE));
        assertThat(draft).allSatisfy(page -> assertThat(page).startsWith(ExportMarking.WORKING_DRAFT.notice())
                .doesNotContain(ExportMarking.FOR_PANEL.notice()));
    }

    @Test
    void thePartsAndSectionsComeInTheApplicationsOrder() {
        var text = String.join(" ", pages.subList(1, pages.size()));
        var titles = new ArrayList<>(List.of(ApplicationHtml.SUMMARY, ApplicationHtml.DESCRIPTORS));
        APPLICATION.inApplicationOrder().forEach(section -> titles.add(section.title()));
        int from = 0;
        for (var title : titles) {
            int at = text.indexOf(" " + title + " ", from);
            assertThat(at).as("%s after what comes before it", title).isGreaterThan(from);
            from = at;
        }
        assertThat(text).doesNotContain(ApplicationHtml.DISPOSITIONS).doesNotContain("<script>alert('raw')");
        assertThat(text).contains("<script>alert('code')</script>", "[Image not included: a chart]");
    }

    @Test
    void everyCptMarkIsTextInTheFile() {
        var text = String.join(" ", pages);
        for (var symbol : ExportSamples.SYMBOLS) {
            assertThat(text).as(symbol).contains(symbol);
        }
        assertThat(text).contains("● + ★ ☎ 9X2X5", "▲ ★ 9X2X1", "● ⊘ ⚡");
        assertThat(text).contains(SampleApplications.REVISED_PROPOSED.substring(0, 40));
    }

    @Test
    void everyFontIsEmbeddedAndIsTheBundledOne() throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var fonts = new ArrayList<String>();
            for (var page : document.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    var font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).contains("DejaVuSans"));
        }
    }

    @Test
    void theMetadataNamesTheProposalAndQuireAndTheMilestonesDateAndTheOutlineItsParts() throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("TH-2026-001 " + APPLICATION.proposalTitle());
            assertThat(info.getProducer()).isEqualTo("Quire");
            assertThat(info.getCreator()).isEqualTo("Quire");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(SampleApplications.FROZEN);
            var page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("US Letter").isEqualTo(612f);
            assertThat(page.getHeight()).isEqualTo(792f);
            var outline = new ArrayList<String>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> outline.add(item.getTitle()));
            assertThat(outline).startsWith("Cover", ApplicationHtml.SUMMARY, ApplicationHtml.DESCRIPTORS,
                    "Introductory language").endsWith("References");
        }
    }

    @Test
    void dispositionsAreAnAppendixOnlyWhenAsked() throws IOException {
        var with = pages(written(ExportSamples.application(ExportMarking.FOR_PANEL, true), ExportProgress.NONE));
        var last = with.getLast();

        assertThat(last).contains(ApplicationHtml.DISPOSITIONS, "Comment period 1", "Society of",
                "Accepted", "Revision 4", "Not yet");
        assertThat(with.size()).isGreaterThan(pages.size());
    }

    @Test
    void twoExportsOfOneMilestoneDifferOnlyInTheGenerationDate() throws IOException {
        var later = ExportSamples.generatedAt(APPLICATION, Instant.parse("2027-03-04T05:06:07Z"));
        var again = pages(written(later, ExportProgress.NONE));

        assertThat(again.getFirst()).contains("Generated 4 March 2027");
        assertThat(written(APPLICATION, ExportProgress.NONE)).as("the same export twice, byte for byte").isEqualTo(pdf);
        assertThat(again).containsExactlyElementsOf(pages.stream()
                .map(page -> page.replace(APPLICATION.generatedOn(), later.generatedOn())).toList());
    }

    @Test
    void checksForCancellingBeforeTheLayoutAndWritesNothingThen() {
        var steps = new ArrayList<String>();
        var out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> WRITER.write(APPLICATION, out, (done, step) -> {
            steps.add(step);
            if (step.startsWith("Laying out")) {
                throw new ExportCancelled();
            }
        })).isInstanceOf(ExportCancelled.class);
        assertThat(steps).containsExactly("Composing the document", "Laying out the pages");
        assertThat(out.size()).isZero();
    }

    @Test
    void theFirstPageAndADescriptorPageRenderAsImages() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        // the plain sample for the picture of the cover, without the test-only section in its contents
        var plain = written(SampleApplications.telemedicine(ExportMarking.FOR_PANEL), ExportProgress.NONE);
        try (var document = Loader.loadPDF(plain)) {
            var cover = new PDFRenderer(document).renderImageWithDPI(0, 110);
            assertThat(cover.getWidth()).as("8.5 in at 110 dpi").isEqualTo(935);
            assertThat(inked(cover)).as("text drawn, not a blank page").isGreaterThan(0.01);
            ImageIO.write(cover, "png", SCREENSHOTS.resolve("export-pdf-first-page.png").toFile());
        }
        try (var document = Loader.loadPDF(pdf)) {
            // the page with the revised code 9X2X0: struck and underlined words, four marks
            var page = new PDFRenderer(document).renderImageWithDPI(pageWith("▲ # ★ ☎ 9X2X0"), 110);
            assertThat(inked(page)).isGreaterThan(0.01);
            ImageIO.write(page, "png", SCREENSHOTS.resolve("export-pdf-descriptors.png").toFile());
        }
    }

    @Test
    void aFiftyPageProposalWithFortyDescriptorsLaysOut() throws IOException {
        var large = SampleApplications.large(50, 40);
        written(large, ExportProgress.NONE); // warm up
        var thread = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpu = thread.getCurrentThreadCpuTime();
        var file = written(large, ExportProgress.NONE);
        // CPU time too: on a machine shared with other builds the wall time says more about them
        log.info("PDF of a 50-page proposal with 40 descriptors: {} ms ({} ms CPU), {} bytes",
                (System.nanoTime() - started) / 1_000_000, (thread.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                file.length);
        try (var document = Loader.loadPDF(file)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(45);
        }
    }

    /** The share of the image's pixels that are dark. */
    private static double inked(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 128) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    private static int pageWith(String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page has " + text.strip());
    }

    private static byte[] written(CodeChangeApplication application, ExportProgress progress) throws IOException {
        var out = new ByteArrayOutputStream();
        WRITER.write(application, out, progress);
        return out.toByteArray();
    }

    /** Each page's text in reading order on one line, a word broken at a hyphen joined again. */
    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            var pages = new ArrayList<String>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("-\\R", "-").replaceAll("\\s+", " ").strip());
            }
            return pages;
        }
    }
}
