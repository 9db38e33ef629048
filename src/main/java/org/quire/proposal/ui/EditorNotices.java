package org.quire.proposal.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.quire.proposal.SectionDraft;

/**
 * The notices above the section editor: unsaved text found when it opened, a revision saved by
 * someone else meanwhile, and the database being away. None of them blocks typing.
 */
class EditorNotices extends Div {

    private final UpdateBanner update;
    private @Nullable DraftOffer draftOffer;
    private @Nullable Paragraph outage;

    EditorNotices() {
        addClassName("editor-notices");
        update = new UpdateBanner();
        add(update);
    }

    UpdateBanner update() {
        return update;
    }

    /**
     * Offers unsaved text back unless it is what the editor holds already or an offer of newer
     * text is showing.
     */
    void offerDraft(SectionDraft draft, String keptWhere, String current, Consumer<SectionDraft> restore,
            Runnable discard) {
        if (draftOffer != null) {
            if (draftOffer.draft().text().equals(draft.text())
                    || draftOffer.draft().savedAt().isAfter(draft.savedAt())) {
                return;
            }
            remove(draftOffer);
        }
        var offer = new DraftOffer(draft, keptWhere, current, restore, discard);
        draftOffer = offer;
        addComponentAsFirst(offer);
    }

    void closeDraftOffer() {
        if (draftOffer != null) {
            remove(draftOffer);
            draftOffer = null;
        }
    }

    void storeAway() {
        if (outage == null) {
            var notice = new Paragraph("The database is not answering. Keep writing: your text is kept in this "
                    + "browser and is saved as soon as the database is back.");
            notice.setId("store-notice");
            notice.addClassName("save-problem");
            notice.getElement().setAttribute("role", "alert");
            outage = notice;
            add(notice);
        }
    }

    void storeBack() {
        if (outage != null) {
            remove(outage);
            outage = null;
        }
    }
}
