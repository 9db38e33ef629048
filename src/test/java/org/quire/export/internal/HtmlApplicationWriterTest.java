package org.quire.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quire.descriptor.ChangeMarkup;
import org.quire.descriptor.Descriptor;
import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportCancelled;
import org.quire.export.ExportMarking;
import org.quire.export.ExportProgress;
import org.quire.export.SampleApplications;

/** The HTML export read back with jsoup: one self-contained, script-free file with the whole application. */
class HtmlApplicationWriterTest {

    private final HtmlApplicationWriter writer = new HtmlApplicationWriter();
    private final CodeChangeApplication application = ExportSamples.application(ExportMarking.FOR_PANEL, false);
    private final String html = written(application);
    private final Document page = Jsoup.parse(html);

    private String written(CodeChangeApplication application) {
        var out = new ByteArrayOutputStream();
        try {
            writer.write(application, out, ExportProgress.NONE);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void isOneFileThatFetchesNothingAndRunsNothing() {
        assertThat(html).startsWithIgnoringCase("<!doctype html>");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(page.title()).isEqualTo("TH-2026-001 " + application.proposalTitle());

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("link, iframe, object, embed, img, video, audio, source")).isEmpty();
        assertThat(page.select("[src], [srcset], [style]")).as("nothing fetched, no inline style to fetch from")
                .isEmpty();
        assertThat(page.select("style")).hasSize(1);
        var css = page.selectFirst("style").data();
        assertThat(css).contains("@media print").doesNotContain("url(").doesNotContain("@import")
                .doesNotContain("@font-face");
        // the only addresses elsewhere are the links the authors wrote, which a reader follows by choice
        for (var element : page.select("[href]")) {
            assertThat(element.tagName()).isEqualTo("a");
            if (!element.attr("href").startsWith("#")) {
                assertThat(element.attr("href")).isEqualTo("https://example.org/survey");
            }
        }
    }

    @Test
    void headingsFollowTheApplicationsOrderAndTheContentsLinkToThem() {
        assertThat(page.select("h1")).extracting(Element::text).containsExactly(application.proposalTitle(),
                "Summary of code changes", "Code descriptors", "Introductory language", "Rationale",
                ExportSamples.SCRIPTY_TITLE, "Clinical vignette: known patient", "Description of service",
                "References");
        assertThat(page.select("h1")).allSatisfy(heading -> assertThat(heading.id()).isNotEmpty());

        var contents = page.select("nav.contents a");
        assertThat(contents).extracting(Element::text).containsExactly("Summary of code changes", "Code descriptors",
                "Introductory language", "Rationale", ExportSamples.SCRIPTY_TITLE, "Clinical vignette: known patient",
                "Description of service", "References");
        for (var link : contents) {
            assertThat(page.getElementById(link.attr("href").substring(1)).text()).isEqualTo(link.text());
        }
        var first = page.body().child(0);
        assertThat(first.hasClass("cover")).as("the cover, then the contents, before any part").isTrue();
        assertThat(first.select("nav.contents")).hasSize(1);
    }

    @Test
    void idsAreUniqueAndEveryLinkInThePageHasItsTarget() {
        var ids = new HashSet<String>();
        for (var element : page.select("[id]")) {
            assertThat(ids.add(element.id())).as("id %s once", element.id()).isTrue();
        }
        for (var link : page.select("a[href^=#]")) {
            assertThat(ids).as("target of %s", link.outerHtml()).contains(link.attr("href").substring(1));
        }
        // a Markdown heading keeps its anchor, under its section's name
        assertThat(page.getElementById("section-s-intro-md-telemedicine-services").text())
                .isEqualTo("Telemedicine services");
        assertThat(page.select("a.anchor, [data-source-pos]")).as("the reader's hover anchors and positions")
                .isEmpty();
    }

    @Test
    void theRevisedCodeUnderlinesExactlyTheInsertedWordsAndStrikesTheDeletedOnes() {
        var text = entryText(SampleApplications.REVISED_CODE);
        var runs = ChangeMarkup.between(SampleApplications.REVISED_CURRENT, SampleApplications.REVISED_PROPOSED);

        assertThat(text.select("ins")).extracting(Element::text)
                .containsExactlyElementsOf(words(runs, ChangeMarkup.Kind.INSERTED))
                .containsExactly("secure", ", 5 minutes or more");
        assertThat(text.select("del")).isEmpty();
        assertThat(text.text()).isEqualTo(SampleApplications.REVISED_PROPOSED);

        // a revision with deletions too: struck words are exactly the deleted runs
        var brief = descriptor("9X2X0");
        var briefRuns = ChangeMarkup.between(brief.currentText(), brief.text());
        assertThat(entryText("9X2X0").select("del")).extracting(Element::text)
                .containsExactlyElementsOf(words(briefRuns, ChangeMarkup.Kind.DELETED)).isNotEmpty();
        assertThat(entryText("9X2X0").select("ins")).extracting(Element::text)
                .containsExactlyElementsOf(words(briefRuns, ChangeMarkup.Kind.INSERTED));
        // a deleted code is struck whole
        assertThat(page.selectFirst("li[data-code=9X2X9] .cpt-code > del").text()).isEqualTo("9X2X9");

        var css = page.selectFirst("style").data();
        assertThat(css).contains("ins, u, .cpt-added {\n  text-decoration: underline;")
                .contains("del, s, .cpt-struck {\n  text-decoration: line-through;");
    }

    @Test
    void everyCptMarkIsThereAsText() {
        var text = page.body().text();
        for (var symbol : ExportSamples.SYMBOLS) {
            assertThat(text).contains(symbol);
        }
        assertThat(page.select("li[data-code=9X2X5] .cpt-symbol")).extracting(Element::text)
                .containsExactly("●", "+", "★", "☎");
        assertThat(page.select(".cpt-legend li")).as("the legend, under the descriptors").isNotEmpty();
        assertThat(page.getElementById("summary").parent().select("table.cpt-summary tbody tr"))
                .hasSize((int) application.descriptors().descriptors().stream().filter(d -> d.action().isChange())
                        .count());
    }

    @Test
    void rawHtmlInASectionIsShownAsTextOrDroppedNeverRun() {
        var section = page.getElementById("section-s-scripty").parent();

        assertThat(page.select("script, [onclick]")).isEmpty();
        for (var element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on");
                assertThat(attribute.getValue()).doesNotContainIgnoringCase("javascript:");
            }
        }
        assertThat(section.selectFirst("code").text()).isEqualTo("<script>alert('code')</script>");
        assertThat(html).contains("<code>&lt;script&gt;alert('code')&lt;/script&gt;</code>");
        assertThat(section.text()).doesNotContain("alert('raw')");
        assertThat(section.selectFirst(".image-omitted").text()).isEqualTo("[Image not included: a chart]");
    }

    @Test
    void dispositionsAreAnAppendixOnlyWhenAsked() {
        assertThat(page.getElementById(DispositionsHtml.ID)).isNull();

        var withDispositions = Jsoup.parse(written(ExportSamples.application(ExportMarking.FOR_PANEL, true)));
        var appendix = withDispositions.getElementById(DispositionsHtml.ID);
        assertThat(appendix.text()).isEqualTo(ApplicationHtml.DISPOSITIONS);
        assertThat(withDispositions.select("h1").last()).isEqualTo(appendix);
        assertThat(withDispositions.select("table.dispositions th[scope=col]")).extracting(Element::text)
                .containsExactlyElementsOf(DispositionsHtml.COLUMNS);
        var rows = withDispositions.select("table.dispositions tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("td")).extracting(Element::text).containsExactly(
                "Society of Remote Care Priya Raman", "Introductory language “held over a live two-way link”",
                ExportSamples.COMMENT, "Accepted Revision 4", ExportSamples.RESPONSE);
        assertThat(rows.get(1).select("td").get(3).text()).isEqualTo("Not yet disposed");
    }

    @Test
    void theCoverSaysWhatWhoseAndWhichTextAndCarriesTheNotice() {
        var cover = page.selectFirst("header.cover");
        assertThat(cover.text()).contains("Telehealth Services Workgroup", "TH-2026-001",
                "Draft for comment period 1", "Frozen 2 November 2026", "Generated 27 November 2026");
        assertThat(cover.selectFirst(".marking-notice").text()).isEqualTo(ExportMarking.FOR_PANEL.notice());

        var draft = Jsoup.parse(written(ExportSamples.application(ExportMarking.WORKING_DRAFT, false)));
        assertThat(draft.selectFirst(".marking-notice").text()).isEqualTo(ExportMarking.WORKING_DRAFT.notice());
    }

    @Test
    void twoExportsOfOneMilestoneDifferOnlyInTheGenerationDate() {
        var later = ExportSamples.generatedAt(application, Instant.parse("2027-03-04T05:06:07Z"));
        var again = written(later);

        assertThat(again).isNotEqualTo(html);
        assertThat(again.replace(later.generatedOn(), "DATE")).isEqualTo(html.replace(application.generatedOn(),
                "DATE"));
    }

    @Test
    void tellsItsProgressAndStopsWhenCancelled() throws IOException {
        var steps = new ArrayList<Double>();
        writer.write(application, new ByteArrayOutputStream(), (done, step) -> steps.add(done));
        assertThat(steps).isSorted().endsWith(1.0);

        var out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> writer.write(application, out, (done, step) -> {
            throw new ExportCancelled();
        })).isInstanceOf(ExportCancelled.class);
        assertThat(out.size()).isZero();
    }

    private Element entryText(String code) {
        return page.selectFirst("li[data-code=" + code + "] .cpt-entry > .cpt-text");
    }

    private Descriptor descriptor(String code) {
        return application.descriptors().descriptors().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static List<String> words(ChangeMarkup markup, ChangeMarkup.Kind kind) {
        return markup.runs().stream().filter(run -> run.kind() == kind).map(ChangeMarkup.Run::text).toList();
    }
}
