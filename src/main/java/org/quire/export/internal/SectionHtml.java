package org.quire.export.internal;

import java.util.HashMap;

import org.jsoup.nodes.Element;
import org.quire.export.ExportedSection;

/**
 * One section of the application: its title as the part's heading and its sanitized HTML as the
 * body, made to fit one document with the other sections. Ids get the section's prefix (two sections
 * may both have a heading "Background") and in-section links follow them; Markdown headings go one
 * level down when the section has an {@code h1}, under the section's own; the reader's hover anchors
 * and source positions go; images become their alt text, since the file must fetch nothing and
 * the export has no image bytes to embed.
 */
final class SectionHtml {

    private SectionHtml() {
    }

    static void append(Element body, ExportedSection section) {
        var id = "section-" + ApplicationHtml.idPart(section.id().value());
        var part = ApplicationHtml.part(body, id, section.title()).addClass("application-section");
        var content = part.appendElement("div").addClass("section-body");
        content.appendChildren(ApplicationHtml.nodes(section.html()));
        content.select("a.anchor").remove();
        content.select("[data-source-pos]").removeAttr("data-source-pos");
        prefixIds(content, id);
        if (!content.select("h1").isEmpty()) {
            headingsDown(content);
        }
        imagesAsText(content);
        checkboxesAsText(content);
    }

    private static void prefixIds(Element content, String prefix) {
        var renamed = new HashMap<String, String>();
        for (var element : content.select("[id]")) {
            var id = prefix + "-" + element.id();
            renamed.put(element.id(), id);
            element.id(id);
        }
        for (var link : content.select("a[href^=#]")) {
            var target = renamed.get(link.attr("href").substring(1));
            if (target != null) {
                link.attr("href", "#" + target);
            }
        }
    }

    private static void headingsDown(Element content) {
        for (var heading : content.select("h1, h2, h3, h4, h5")) {
            heading.tagName("h" + (heading.tagName().charAt(1) - '0' + 1));
        }
    }

    private static void imagesAsText(Element content) {
        for (var image : content.select("img")) {
            var alt = image.attr("alt").strip();
            image.replaceWith(new Element("span").addClass("image-omitted")
                    .text(alt.isEmpty() ? "[Image not included]" : "[Image not included: " + alt + "]"));
        }
    }

    /** Task-list boxes as the characters ☑ and ☐: a form control means nothing on paper. */
    private static void checkboxesAsText(Element content) {
        for (var box : content.select("input[type=checkbox]")) {
            box.replaceWith(new Element("span").addClass("task-mark").text(box.hasAttr("checked") ? "☑" : "☐"));
        }
    }
}
