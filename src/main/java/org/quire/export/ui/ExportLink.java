package org.quire.export.ui;

import com.vaadin.flow.component.html.Anchor;
import org.quire.export.Exports;
import org.quire.proposal.ui.ReaderAnnotations;
import org.quire.proposal.ui.ReaderPage;
import org.springframework.stereotype.Component;

/** In the reader's header, for those who may export: the way to the export page. */
@Component
class ExportLink implements ReaderAnnotations {

    private final Exports exports;

    ExportLink(Exports exports) {
        this.exports = exports;
    }

    @Override
    public void annotate(ReaderPage page) {
        var id = page.proposal().id();
        if (!exports.mayExport(id)) {
            return;
        }
        var link = new Anchor(ExportView.path(id), "Export…");
        link.setId("export-link");
        link.addClassName("export-link");
        page.header().add(link);
    }
}
