package org.quire.export.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.quire.export.CodeChangeApplication;

/**
 * The Word template {@code export/cca-template.docx} (made by {@code CcaTemplateMaker} in the tests),
 * opened for one export: its body cleared, its header saying the marking's notice, its properties
 * those of the application. Read from the class path once; each export opens its own copy.
 */
final class DocxTemplate {

    /**
     * The creation and change date of an export of the current draft, which has no freezing date: a
     * fixed one, because the date of writing would make two exports of the same text differ.
     */
    static final Instant CURRENT_DRAFT_DATE = Instant.parse("2000-01-01T00:00:00Z");

    private static final byte[] TEMPLATE = read();

    private DocxTemplate() {
    }

    static XWPFDocument open(CodeChangeApplication application) throws IOException {
        var document = new XWPFDocument(new ByteArrayInputStream(TEMPLATE));
        while (!document.getBodyElements().isEmpty()) {
            document.removeBodyElement(0);
        }
        for (var header : document.getHeaderList()) {
            notice(header, application.marking().notice());
        }
        properties(document, application);
        return document;
    }

    /** The header's first paragraph says the notice, in place of the template's placeholder; any further ones go. */
    private static void notice(XWPFHeaderFooter header, String notice) {
        var paragraphs = header.getParagraphs();
        var first = paragraphs.isEmpty() ? header.createParagraph() : paragraphs.getFirst();
        while (header.getParagraphs().size() > 1) {
            header.removeParagraph(header.getParagraphs().getLast());
        }
        while (!first.getRuns().isEmpty()) {
            first.removeRun(0);
        }
        DocxRuns.text(first, notice, DocxRuns.Format.PLAIN);
    }

    private static void properties(XWPFDocument document, CodeChangeApplication application) {
        var properties = document.getProperties().getCoreProperties();
        var date = Optional.of(Date.from(date(application)));
        properties.setTitle(application.proposalNumber() + " " + application.proposalTitle());
        properties.setSubjectProperty("Code Change Application: " + application.source());
        properties.setCreator("Quire");
        properties.setLastModifiedByUser("Quire");
        properties.setCreated(date);
        properties.setModified(date);
        properties.setDescription(application.marking().notice());
    }

    /** The document's date: when the milestone was frozen, or {@link #CURRENT_DRAFT_DATE}. */
    static Instant date(CodeChangeApplication application) {
        return application.frozenAt() == null ? CURRENT_DRAFT_DATE : application.frozenAt();
    }

    private static byte[] read() {
        try (var in = DocxTemplate.class.getResourceAsStream(DocxStyles.TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("The Word template " + DocxStyles.TEMPLATE
                        + " is not on the class path.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
