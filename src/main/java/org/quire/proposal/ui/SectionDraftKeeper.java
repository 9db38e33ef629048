package org.quire.proposal.ui;

import java.time.Instant;

import org.quire.proposal.SectionDrafts;

/** The section editor's drafts go to the person's section drafts on the server. */
record SectionDraftKeeper(SectionDrafts drafts, SectionAddress address) implements DraftAutosave.Keeper<String> {

    @Override
    public Instant keep(int base, String text) {
        return drafts.keep(address.proposal(), address.section(), base, text).savedAt();
    }

    @Override
    public void discard() {
        drafts.discard(address.proposal(), address.section());
    }
}
