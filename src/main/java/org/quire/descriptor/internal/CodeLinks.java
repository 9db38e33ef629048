package org.quire.descriptor.internal;

import java.util.Map;

import org.jsoup.nodes.Element;
import org.quire.descriptor.CodeFormat;
import org.quire.descriptor.DescriptorId;

/** Text in which each code of the set links to its descriptor, so a reader can follow a note. */
final class CodeLinks {

    private CodeLinks() {
    }

    static void append(Element parent, String text, Map<String, DescriptorId> codes) {
        var matcher = CodeFormat.REFERENCE.matcher(text);
        int from = 0;
        while (matcher.find()) {
            var id = codes.get(matcher.group());
            if (id == null) {
                continue;
            }
            parent.appendText(text.substring(from, matcher.start()));
            parent.appendElement("a").addClass("cpt-ref").attr("href", "#" + DescriptorEntryHtml.elementId(id))
                    .text(matcher.group());
            from = matcher.end();
        }
        parent.appendText(text.substring(from));
    }
}
