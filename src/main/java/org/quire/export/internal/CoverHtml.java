package org.quire.export.internal;

import java.util.Locale;

import org.jsoup.nodes.Element;
import org.quire.export.CodeChangeApplication;

/**
 * The first page: who sends what (workgroup, proposal number and title), which text it is (milestone
 * and when it was frozen, or the current draft), when the file was made, and the marking's notice.
 */
final class CoverHtml {

    static final String KIND = "Code Change Application";

    private CoverHtml() {
    }

    static Element append(Element body, CodeChangeApplication application) {
        var cover = body.appendElement("header").addClass("cover").id("cover");
        cover.appendElement("p").addClass("cover-workgroup").text(application.workgroupName());
        cover.appendElement("p").addClass("cover-kind").text(KIND);
        cover.appendElement("p").addClass("cover-number").text(application.proposalNumber());
        cover.appendElement("h1").addClass("cover-title").id("title").text(application.proposalTitle());
        var details = cover.appendElement("table").addClass("cover-details").appendElement("tbody");
        row(details, application.milestone() == null ? "Version" : "Milestone", application.source());
        if (application.milestone() != null && application.frozenAt() != null) {
            row(details, "Frozen", CodeChangeApplication.DAY.format(application.frozenAt()));
        }
        row(details, "Proposal state", application.state().label());
        row(details, "Descriptor set", "Revision " + application.descriptorRevision());
        row(details, "Generated", application.generatedOn());
        cover.appendElement("p").addClass("marking-notice")
                .addClass("marking-" + application.marking().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .text(application.marking().notice());
        return cover;
    }

    private static void row(Element body, String name, String value) {
        var row = body.appendElement("tr");
        row.appendElement("th").attr("scope", "row").text(name);
        row.appendElement("td").text(value);
    }
}
