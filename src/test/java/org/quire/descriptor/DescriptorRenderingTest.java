package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.descriptor.Sets.childOf;
import static org.quire.descriptor.Sets.fresh;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DescriptorRenderingTest {

    private final DescriptorSet demo = DemoDescriptors.telemedicine();
    private final Element page = rendered(demo);

    private static Element rendered(DescriptorSet set) {
        return Jsoup.parseBodyFragment(DescriptorRendering.render(set).html()).body();
    }

    private Element item(String code) {
        return page.selectFirst("li.cpt-descriptor[data-code=" + code + "]");
    }

    private static String line(Element item) {
        return item.selectFirst("> .cpt-entry").text();
    }

    @Test
    void eachDescriptorsRowCarriesItsIdSoAReaderCanCommentOnIt() {
        var rows = page.select("li.cpt-descriptor");

        assertThat(rows).hasSize(demo.descriptors().size());
        for (var descriptor : demo.descriptors()) {
            assertThat(page.select("li.cpt-descriptor[data-descriptor-id='" + descriptor.id().value() + "']"))
                    .extracting(e -> e.attr("data-code")).containsExactly(descriptor.code());
        }
    }

    @Test
    void symbolsStandBeforeTheCodeAndAreSpokenInWords() {
        var addOn = item("9X2X5").selectFirst(".cpt-symbols");

        assertThat(addOn.select("[aria-hidden=true]")).extracting(Element::text).containsExactly("●", "+", "★", "☎");
        assertThat(addOn.select("[aria-hidden=true]")).extracting(e -> e.attr("title")).containsExactly("new code",
                "add-on code", "audio-video telemedicine, modifier 95", "audio-only telemedicine, modifier 93");
        assertThat(addOn.selectFirst(".visually-hidden").text()).isEqualTo(
                "new code, add-on code, audio-video telemedicine, modifier 95, audio-only telemedicine, modifier 93:");
        assertThat(line(item("9X2X0"))).startsWith("▲#★☎revised code, out of numeric order")
                .contains("modifier 93: 9X2X0 Brief live check-in");
        assertThat(item("9X2X5").selectFirst(".cpt-symbols").nextElementSibling().text()).isEqualTo("9X2X5");
    }

    @Test
    void childrenAreIndentedUnderTheirParentShowingOnlyTheirOwnPart() {
        var parent = item("9X0X1");
        var children = parent.select("> ul.cpt-children > li");

        assertThat(children).extracting(e -> e.attr("data-code")).containsExactly("9X0X2", "9X0X3", "9X0X4");
        var child = children.getFirst();
        assertThat(child.selectFirst(".cpt-text").text())
                .isEqualTo("clinical reasoning of limited complexity, or at least 30 minutes of the clinician's "
                        + "total time on the visit date");
        assertThat(parent.selectFirst("> .cpt-entry .cpt-text").text()).contains("judges fitting; uncomplicated");
        assertThat(parent.selectFirst("> details.cpt-full")).as("a parent reads in full anyway").isNull();
    }

    @Test
    void anIndentedCodesFullDescriptorIsOneDisclosureAway() {
        var details = item("9X0X2").selectFirst("> details.cpt-full");

        assertThat(details.selectFirst("summary").text()).isEqualTo("Full descriptor of 9X0X2");
        assertThat(details.selectFirst("summary .visually-hidden").text()).isEqualTo("of 9X0X2");
        assertThat(details.selectFirst("p").text()).isEqualTo(SemicolonConvention.fullDescriptor(demo,
                demo.descriptors().stream().filter(d -> d.code().equals("9X0X2")).findFirst().orElseThrow()));
        assertThat(details.selectFirst("p").text()).startsWith("Telemedicine visit by live two-way audio-video link")
                .contains("fitting; clinical reasoning of limited complexity");
    }

    @Test
    void aRevisedDescriptorShowsItsComputedDeletionsStruckAndAdditionsUnderlined() {
        var text = item("9X2X0").selectFirst(".cpt-text");

        assertThat(text.select("del.cpt-struck")).extracting(Element::text).containsExactly("telephone", "to 10");
        assertThat(text.select("ins.cpt-added")).extracting(Element::text).containsExactly("live", "voice or video",
                "at least", ", when no visit follows within 24 hours");
        assertThat(text.text()).startsWith("Brief live check-in by telephone voice or video with a patient");
    }

    @Test
    void aDeletedCodeIsStruckThroughWithItsNote() {
        var deleted = item("9X2X9");

        assertThat(deleted.hasClass("cpt-deleted")).isTrue();
        assertThat(deleted.select(".cpt-code > del").text()).isEqualTo("9X2X9");
        assertThat(deleted.select(".cpt-text > del").text()).startsWith("Telephone call by a clinician");
        assertThat(deleted.selectFirst(".visually-hidden").text()).isEqualTo("deleted code:");
        assertThat(deleted.select(".cpt-note").text())
                .isEqualTo("(9X2X9 has been deleted. To report, see 9X1X5-9X1X8, 9X2X0)");
    }

    @Test
    void notesStandInParenthesesAndTheirCodesOfTheSetLinkToTheirDescriptors() {
        var note = item("9X0X1").selectFirst(".cpt-note");
        var links = item("9X2X5").select(".cpt-note a.cpt-ref");

        assertThat(note.text()).isEqualTo("(For an in-person visit with a new patient, see 99202-99205)");
        assertThat(note.select("a")).as("external codes have nowhere to link to").isEmpty();
        assertThat(links).extracting(Element::text).containsExactly("9X2X5", "9X0X4", "9X0X8", "9X1X4", "9X1X8");
        assertThat(links.get(1).attr("href")).isEqualTo("#" + item("9X0X4").id());
    }

    @Test
    void theSummaryTableListsEveryCodeChangeButNotTheContext() {
        var context = Descriptor.of("99202", DescriptorAction.UNCHANGED, "In-person visit");
        var set = demo.withFamilies(List.of(demo.families().getFirst(),
                demo.families().getLast().withDescriptors(List.of(context, demo.families().getLast()
                        .descriptors().getFirst()))));
        var rows = rendered(set).select("table.cpt-summary tbody tr");

        assertThat(rendered(set).select("table.cpt-summary caption").text()).isEqualTo("Summary of code changes");
        assertThat(rows).extracting(row -> row.child(0).text()).doesNotContain("99202").contains("9X0X1", "9X2X5");
        var summary = rendered(demo).select("table.cpt-summary tbody tr");
        var revised = summary.stream().filter(row -> row.child(0).text().equals("9X2X0")).findFirst().orElseThrow();
        assertThat(revised.child(1).text()).isEqualTo("Revised");
        assertThat(revised.child(2).select("[aria-hidden=true]").text()).isEqualTo("▲ # ★ ☎");
        var child = summary.stream().filter(row -> row.child(0).text().equals("9X0X2")).findFirst().orElseThrow();
        assertThat(child.child(3).text()).startsWith("…; clinical reasoning of limited complexity");
        assertThat(summary.stream().map(row -> row.child(3).text())).allMatch(text -> text.length() <= 92);
    }

    @Test
    void theLegendExplainsOnlyTheSymbolsUsed() {
        var legend = page.select("ul.cpt-legend li");

        assertThat(legend).extracting(Element::text).containsExactly("● new code", "▲ revised code",
                "# resequenced code (Appendix N)", "+ add-on code (Appendix D)",
                "★ synchronous audio-video telemedicine, modifier 95 (Appendix P)",
                "☎ synchronous audio-only telemedicine, modifier 93 (Appendix T)");
    }

    @Test
    void aMisplacedChildIsNeverShownUnderTheWrongParentButReadsInFull() {
        var parent = fresh("9X0X1", "Visit by video; uncomplicated reasoning");
        var other = fresh("9X0X5", "Brief check-in");
        var child = childOf(parent, "9X0X2", "limited reasoning");
        var page = rendered(Sets.of(parent, other, child));

        assertThat(page.select("ul.cpt-children")).isEmpty();
        var item = page.selectFirst("li[data-code=9X0X2]");
        assertThat(item.parent().hasClass("cpt-descriptors")).isTrue();
        assertThat(item.selectFirst(".cpt-text").text()).isEqualTo("Visit by video; limited reasoning");
    }

    @Test
    void familiesAreHeadingsThatNameTheirSections() {
        var family = page.selectFirst("section.cpt-family");

        assertThat(family.selectFirst("h3").text()).isEqualTo("Telemedicine visits by live audio-video link");
        assertThat(family.attr("aria-labelledby")).isEqualTo(family.selectFirst("h3").id());
    }

    @Test
    void textIsShownWithTheSpacingOfPrint() {
        var page = rendered(Sets.of(fresh("9X0X1", "Visit  by\n\tvideo")));

        assertThat(page.selectFirst(".cpt-text").wholeText()).isEqualTo("Visit by video");
    }

    @Test
    void anEmptySetSaysSo() {
        var page = rendered(DescriptorSet.EMPTY);

        assertThat(page.select(".cpt-empty").text()).isEqualTo("No code descriptors yet.");
        assertThat(page.select(".cpt-summary-empty").text()).isEqualTo("No code changes.");
        assertThat(page.select(".cpt-legend")).isEmpty();
    }

    @Test
    void theListAndTheSummaryAreAvailableSeparately() {
        var list = Jsoup.parseBodyFragment(DescriptorRendering.descriptors(demo).html()).body();
        var summary = Jsoup.parseBodyFragment(DescriptorRendering.summary(demo).html()).body();

        assertThat(list.select("li.cpt-descriptor")).hasSize(demo.descriptors().size());
        assertThat(list.select("table")).isEmpty();
        assertThat(summary.select("li")).isEmpty();
        assertThat(summary.select("tbody tr")).hasSize(demo.descriptors().size());
        assertThat(Sets.of(fresh("9X0X1", "Visit")).withExternalCodes(Set.of()).externalCodes()).isEmpty();
    }
}
