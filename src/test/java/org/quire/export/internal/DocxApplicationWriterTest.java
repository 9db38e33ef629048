package org.quire.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quire.export.internal.DocxReadBack.cells;
import static org.quire.export.internal.DocxReadBack.headings;
import static org.quire.export.internal.DocxReadBack.paragraphStartingWith;
import static org.quire.export.internal.DocxReadBack.read;
import static org.quire.export.internal.DocxReadBack.struck;
import static org.quire.export.internal.DocxReadBack.underlined;
import static org.quire.export.internal.DocxReadBack.write;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.quire.descriptor.ChangeMarkup;
import org.quire.descriptor.Descriptor;
import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportCancelled;
import org.quire.export.ExportMarking;
import org.quire.export.SampleApplications;
import org.quire.export.SampleDispositions;

/** The Word document of a Code Change Application, written and read back with POI. */
class DocxApplicationWriterTest {

    static final CodeChangeApplication SAMPLE = SampleApplications.telemedicine(ExportMarking.FOR_PANEL);
    static final XWPFDocument DOCUMENT = read(write(SAMPLE));

    @Test
    void theCoverComesFirstThenTheSummaryDescriptorsAndSectionsUnderWordHeadingsInApplicationOrder() {
        System.out.println(DocxReadBack.dump(DOCUMENT)); // to look at the layout in the test log

        assertThat(DOCUMENT.getParagraphs().subList(0, 8)).extracting(XWPFParagraph::getText).containsExactly(
                "Code Change Application", SAMPLE.proposalTitle(), "Proposal TH-2026-001",
                "Telehealth Services Workgroup", "Draft for comment period 1", "Frozen 2 November 2026",
                "Generated 27 November 2026", "Confidential — draft for CPT Editorial Panel consideration");
        assertThat(DOCUMENT.getParagraphs().get(1).getStyle()).isEqualTo("Title");
        assertThat(DOCUMENT.getParagraphs().get(7).getStyle()).isEqualTo(DocxStyles.COVER_NOTICE);
        assertThat(headings(DOCUMENT)).containsExactly(
                "Heading1: Summary of code changes",
                "Heading1: Code descriptors",
                "Heading2: Telemedicine visits by live audio-video link",
                "Heading2: Telemedicine visits by live audio-only link",
                "Heading2: Brief communication and prolonged time",
                "Heading2: Check-ins",
                "Heading1: Introductory language",
                "Heading2: Telemedicine services",
                "Heading1: Rationale",
                "Heading1: Clinical vignette: known patient",
                "Heading1: Description of service",
                "Heading1: References");
    }

    @Test
    void theHeadingStylesAreWordsOwnWithOutlineLevelsForTheNavigationPane() {
        var styles = DOCUMENT.getStyles();
        for (int level = 1; level <= 3; level++) {
            var style = styles.getStyle("Heading" + level);
            assertThat(style.getName()).isEqualTo("heading " + level);
            assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
        }
        assertThat(styles.getStyle(DocxStyles.SYMBOL).getCTStyle().getRPr().getRFontsArray(0).getAscii())
                .isEqualTo("Segoe UI Symbol");
    }

    @Test
    void aRevisedCodeStrikesAndUnderlinesExactlyTheWordsOfItsChangeMarkup() {
        var revised = paragraphStartingWith(DOCUMENT, DocxStyles.DESCRIPTOR, "▲★ 9X2X1");
        assertThat(texts(revised.getRuns(), DocxReadBack::underlined)).containsExactly("secure", ", 5 minutes or more");
        assertThat(texts(revised.getRuns(), DocxReadBack::struck)).isEmpty();
        assertThat(revised.getText()).isEqualTo("▲★ 9X2X1 " + SampleApplications.REVISED_PROPOSED);

        var demo = descriptor("9X2X0");
        var markup = ChangeMarkup.between(demo.currentText(), demo.text());
        var checkIn = paragraphStartingWith(DOCUMENT, DocxStyles.DESCRIPTOR, "▲#★☎ 9X2X0");
        assertThat(texts(checkIn.getRuns(), DocxReadBack::struck)).isNotEmpty()
                .isEqualTo(words(markup, ChangeMarkup.Kind.DELETED));
        assertThat(texts(checkIn.getRuns(), DocxReadBack::underlined)).isNotEmpty()
                .isEqualTo(words(markup, ChangeMarkup.Kind.INSERTED));
        assertThat(checkIn.getRuns()).noneMatch(run -> struck(run) && underlined(run));
    }

    @Test
    void nothingElseIsStruckOrUnderlinedButTheDeletedCodeWhichIsStruckWhole() {
        var deleted = paragraphStartingWith(DOCUMENT, DocxStyles.DESCRIPTOR, "9X2X9");
        assertThat(texts(deleted.getRuns(), DocxReadBack::struck)).containsExactly("9X2X9",
                "Telephone call by a clinician to assess a patient's condition, 5 to 10 minutes");
        var note = DOCUMENT.getParagraphs().get(DOCUMENT.getParagraphs().indexOf(deleted) + 1);
        assertThat(note.getStyle()).isEqualTo(DocxStyles.NOTE);
        assertThat(note.getText()).isEqualTo("(9X2X9 has been deleted. To report, see 9X1X5-9X1X8, 9X2X0)");

        var marked = DOCUMENT.getParagraphs().stream()
                .filter(p -> p.getRuns().stream().anyMatch(run -> struck(run) || underlined(run)))
                .map(p -> p.getText().substring(0, p.getText().indexOf(' ', 6))).toList();
        assertThat(marked).containsExactlyInAnyOrder("▲#★☎ 9X2X0", "9X2X9 Telephone", "▲★ 9X2X1");
    }

    @Test
    void indentedCodesShowTheirOwnPartUnderTheirParentAndNotesHaveTheirOwnParagraphs() {
        var parent = paragraphStartingWith(DOCUMENT, DocxStyles.DESCRIPTOR, "●★ 9X0X1");
        assertThat(parent.getText()).contains("the clinician judges fitting; uncomplicated clinical reasoning");
        var child = paragraphStartingWith(DOCUMENT, DocxStyles.DESCRIPTOR_CHILD, "●★ 9X0X2");
        assertThat(child.getText()).isEqualTo("●★ 9X0X2 clinical reasoning of limited complexity, or at least 30 "
                + "minutes of the clinician's total time on the visit date");
        assertThat(DOCUMENT.getParagraphs().get(DOCUMENT.getParagraphs().indexOf(parent) + 1).getText())
                .isEqualTo("(For an in-person visit with a new patient, see 99202-99205)");
        assertThat(parent.getRuns().getFirst().getStyle()).isEqualTo(DocxStyles.SYMBOL);
        var legend = DOCUMENT.getParagraphs().stream().filter(p -> DocxStyles.LEGEND.equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertThat(legend).startsWith("Symbols used", "●\tnew code", "▲\trevised code")
                .contains("☎\tsynchronous audio-only telemedicine, modifier 93 (Appendix T)");
    }

    @Test
    void theSummaryTableHasARowPerChangedCodeWithItsSymbolsUnderARepeatingHeader() {
        var table = DocxReadBack.tableAfter(DOCUMENT, "Summary of code changes");
        var changes = SAMPLE.descriptors().descriptors().stream().filter(d -> d.action().isChange()).toList();
        var rows = cells(table);
        assertThat(rows.getFirst()).containsExactly("Code", "Action", "Descriptor");
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.getFirst())
                .containsExactlyElementsOf(changes.stream()
                        .map(d -> (DocxDescriptors.marks(d) + " " + d.code()).strip()).toList());
        assertThat(rows).contains(List.of("▲★ 9X2X1", "Revised",
                        "Brief check-in with an established patient over a secure live two-way link, 5 minutes or …"),
                List.of("9X2X9", "Deleted",
                        "Telephone call by a clinician to assess a patient's condition, 5 to 10 minutes"));
        assertThat(rows.get(2).get(2)).startsWith("…; clinical reasoning of limited complexity");
    }

    @Test
    void theRationalesTableIsAWordTableAndItsLinkAWordHyperlink() {
        var table = DocxReadBack.tableAfter(DOCUMENT, "Rationale");
        assertThat(cells(table)).containsExactly(List.of("Setting", "Share"), List.of("Rural", "41 %"),
                List.of("Urban", "18 %"));
        assertThat(table.getRow(0).getCell(0).getParagraphs().getFirst().getRuns().getFirst().isBold()).isTrue();

        var rationale = paragraphStartingWith(DOCUMENT, null, "Audio-only visits are common");
        assertThat(rationale.getText())
                .isEqualTo("Audio-only visits are common and need their own codes. See the survey.");
        assertThat(rationale.getRuns()).filteredOn(XWPFRun::isItalic).extracting(XWPFRun::text)
                .containsExactly("common");
        var link = rationale.getRuns().stream().filter(XWPFHyperlinkRun.class::isInstance)
                .map(XWPFHyperlinkRun.class::cast).findFirst().orElseThrow();
        assertThat(link.text()).isEqualTo("survey");
        assertThat(link.getHyperlink(DOCUMENT).getURL()).isEqualTo("https://example.org/survey");
    }

    @Test
    void theIntroductionKeepsItsPassageMarksAsCharactersAndItsListsAreWordLists() {
        var intro = paragraphStartingWith(DOCUMENT, null, "▶");
        assertThat(intro.getText()).isEqualTo("▶Codes 9X0X1-9X0X8 report a visit held over a live two-way "
                + "audio-video link.◀ Time counts only while the link is open.");
        assertThat(intro.getRuns()).filteredOn(run -> DocxStyles.SYMBOL.equals(run.getStyle()))
                .extracting(XWPFRun::text).containsExactly("▶", "◀");
        assertThat(intro.getRuns()).filteredOn(XWPFRun::isBold).extracting(XWPFRun::text)
                .containsExactly("live two-way audio-video link");

        var bullet = paragraphStartingWith(DOCUMENT, DocxStyles.LIST_PARAGRAPH, "the patient is at home");
        assertThat(bullet.getNumFmt()).isEqualTo("bullet");
        var step = paragraphStartingWith(DOCUMENT, DocxStyles.LIST_PARAGRAPH, "Review the record");
        var reference = paragraphStartingWith(DOCUMENT, DocxStyles.LIST_PARAGRAPH, "Invented A, Example B.");
        assertThat(step.getNumFmt()).isEqualTo("decimal");
        assertThat(reference.getNumID()).as("each numbered list starts at 1 again").isNotEqualTo(step.getNumID());
        assertThat(reference.getNumStartOverride()).isEqualTo(BigInteger.ONE);
    }

    @ParameterizedTest
    @EnumSource(ExportMarking.class)
    void everyPagesHeaderCarriesTheMarkingsNoticeAndTheFooterCountsPages(ExportMarking marking) {
        var document = read(write(SampleApplications.telemedicine(marking)));
        assertThat(document.getHeaderList()).isNotEmpty()
                .allSatisfy(header -> assertThat(header.getText().strip()).isEqualTo(marking.notice()));
        assertThat(document.getParagraphs()).filteredOn(p -> DocxStyles.COVER_NOTICE.equals(p.getStyle()))
                .extracting(XWPFParagraph::getText).containsExactly(marking.notice());
        var footer = document.getFooterList().getFirst().getParagraphs().getFirst().getCTP();
        assertThat(footer.getFldSimpleList()).extracting(field -> field.getInstr().strip())
                .containsExactly("PAGE \\* MERGEFORMAT", "NUMPAGES \\* MERGEFORMAT");
        assertThat(document.getFooterList().getFirst().getText()).contains("Page 1 of 1");
    }

    @Test
    void theDocumentsPropertiesAreTheApplicationsWithTheFreezingDateNeverTheTimeOfWriting() {
        var properties = DOCUMENT.getProperties().getCoreProperties();
        assertThat(properties.getTitle()).isEqualTo("TH-2026-001 " + SAMPLE.proposalTitle());
        assertThat(properties.getCreator()).isEqualTo("Quire");
        assertThat(properties.getCreated().toInstant()).isEqualTo(SampleApplications.FROZEN);
        assertThat(properties.getModified().toInstant()).isEqualTo(SampleApplications.FROZEN);

        var draft = read(write(currentDraft(SAMPLE)));
        assertThat(draft.getProperties().getCoreProperties().getCreated().toInstant())
                .isEqualTo(DocxTemplate.CURRENT_DRAFT_DATE);
        assertThat(draft.getParagraphs()).extracting(XWPFParagraph::getText)
                .noneMatch(text -> text.startsWith("Frozen"));
    }

    @Test
    void theDispositionAppendixIsThereOnlyWhenAskedForOnLandscapePages() {
        assertThat(DOCUMENT.getParagraphs()).extracting(XWPFParagraph::getText)
                .doesNotContain(DocxDispositions.HEADING);

        var document = read(write(SampleDispositions.withDispositions(SAMPLE)));
        assertThat(headings(document)).endsWith("Heading1: References", "Heading1: " + DocxDispositions.HEADING,
                "Heading2: Comment period 2 November 2026 to 12 November 2026");
        assertThat(paragraphStartingWith(document, null, "Open to every commenter").getText())
                .isEqualTo("Open to every commenter (closed early; it was to close 16 November 2026). "
                        + "1 of 2 threads disposed.");
        var rows = cells(DocxReadBack.tableAfter(document, "Comment period 2 November 2026 to 12 November 2026"));
        assertThat(rows).containsExactly(DocxDispositions.COLUMNS,
                List.of("1", SampleDispositions.COMMENTER, "Society of Remote Care", "Introductory language",
                        "a live two-way audio-video link", "Say that the link must be secure.",
                        "Accepted with modification\nResulting revision 4", SampleDispositions.RESPONSE),
                List.of("2", SampleDispositions.COMMENTER, "Academy of Examples", "Whole proposal", "",
                        "Fine overall.", "", ""));
        var body = document.getDocument().getBody();
        assertThat(body.getSectPr().getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        assertThat(document.getParagraphs()).filteredOn(p -> p.getCTP().getPPr() != null
                && p.getCTP().getPPr().isSetSectPr()).singleElement()
                .satisfies(end -> assertThat(end.getCTP().getPPr().getSectPr().getPgSz().getOrient())
                        .isEqualTo(STPageOrientation.PORTRAIT));
    }

    @Test
    void twoWritesAtDifferentTimesDifferOnlyInTheGeneratedDate() throws Exception {
        var later = generatedAt(SAMPLE, SAMPLE.generatedAt().plus(Duration.ofDays(3)));
        var first = write(SAMPLE);
        var second = write(later);
        assertThat(write(SAMPLE)).as("the same application gives the same bytes").isEqualTo(first);

        var firstParts = DocxReadBack.parts(first);
        var secondParts = DocxReadBack.parts(second);
        assertThat(secondParts.keySet()).containsExactlyElementsOf(firstParts.keySet());
        var before = "Generated 27 November 2026";
        var after = "Generated 30 November 2026";
        assertThat(firstParts.get("word/document.xml")).contains(before).doesNotContain(after);
        assertThat(secondParts.get("word/document.xml").replace(after, before))
                .isEqualTo(firstParts.get("word/document.xml"));
        firstParts.keySet().stream().filter(name -> !name.equals("word/document.xml"))
                .forEach(name -> assertThat(secondParts.get(name)).as(name).isEqualTo(firstParts.get(name)));
        try (var one = new XWPFWordExtractor(read(first)); var two = new XWPFWordExtractor(read(second))) {
            assertThat(two.getText().replace(after, before)).isEqualTo(one.getText());
        }
    }

    @Test
    void progressIsToldAfterTheCoverEachFamilyAndEachSectionAndCancellingStopsTheWrite() {
        var steps = new ArrayList<String>();
        var done = new ArrayList<Double>();
        write(SAMPLE, (share, step) -> {
            done.add(share);
            steps.add(step);
        });
        assertThat(steps.getFirst()).isEqualTo("Cover");
        assertThat(steps).filteredOn("Code descriptors"::equals).hasSizeGreaterThanOrEqualTo(4);
        assertThat(steps).containsSubsequence("Introductory language", "Rationale", "Clinical vignette: known patient",
                "Description of service", "References");
        assertThat(done).isSorted().allMatch(share -> share > 0 && share <= 1);

        var out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new DocxApplicationWriter().write(SAMPLE, out, (share, step) -> {
            if (step.equals("Rationale")) {
                throw new ExportCancelled();
            }
        })).isInstanceOf(ExportCancelled.class);
        assertThat(out.size()).isZero();
    }

    @Test
    void aLongApplicationHasEveryDescriptorAndEverySection() {
        var large = SampleApplications.large(50, 40);
        var document = read(write(large));
        assertThat(document.getParagraphs()).filteredOn(p -> DocxStyles.DESCRIPTOR.equals(p.getStyle())
                || DocxStyles.DESCRIPTOR_CHILD.equals(p.getStyle())).hasSize(40);
        assertThat(headings(document)).filteredOn(heading -> heading.startsWith("Heading1"))
                .hasSize(2 + large.sections().size());
        assertThat(document.getParagraphs()).filteredOn(p -> p.getText().startsWith("▶Paragraph 1 "))
                .hasSize(large.sections().size());
    }

    private static Descriptor descriptor(String code) {
        return SAMPLE.descriptors().descriptors().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> texts(List<XWPFRun> runs, Predicate<XWPFRun> which) {
        return runs.stream().filter(which).map(XWPFRun::text).toList();
    }

    private static List<String> words(ChangeMarkup markup, ChangeMarkup.Kind kind) {
        return markup.runs().stream().filter(run -> run.kind() == kind).map(ChangeMarkup.Run::text).toList();
    }

    private static CodeChangeApplication currentDraft(CodeChangeApplication a) {
        return new CodeChangeApplication(a.workgroupName(), a.proposalNumber(), a.proposalTitle(), a.state(),
                CodeChangeApplication.CURRENT_DRAFT, null, null, a.generatedAt(), a.marking(), a.sections(),
                a.descriptors(), a.descriptorRevision(), a.dispositions());
    }

    private static CodeChangeApplication generatedAt(CodeChangeApplication a, Instant when) {
        return new CodeChangeApplication(a.workgroupName(), a.proposalNumber(), a.proposalTitle(), a.state(),
                a.source(), a.milestone(), a.frozenAt(), when, a.marking(), a.sections(), a.descriptors(),
                a.descriptorRevision(), a.dispositions());
    }
}
