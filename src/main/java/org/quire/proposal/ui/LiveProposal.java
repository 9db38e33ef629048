package org.quire.proposal.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.quire.proposal.Presence;
import org.quire.proposal.ProposalChanged;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalPresence;
import org.quire.proposal.ProposalUpdates;
import org.quire.proposal.SectionId;
import org.quire.shared.Subscription;

/**
 * Keeps one open view of a proposal present (for others' avatars) and informed of changes while it
 * is open: heartbeats from the page keep the visit alive, closing the tab or leaving ends it.
 */
final class LiveProposal {

    private final ProposalPresence presence;
    private final ProposalUpdates updates;
    private @Nullable ProposalPresence.Visit visit;
    private @Nullable Subscription subscription;
    private @Nullable Registration heartbeats;
    private @Nullable Registration tabClosed;

    LiveProposal(ProposalPresence presence, ProposalUpdates updates) {
        this.presence = presence;
        this.updates = updates;
    }

    /**
     * Starts following a proposal for the tab of {@code ui} (on its request thread), ending what
     * was followed before. {@code others} gets everyone present but the signed-in person.
     */
    void follow(UI ui, ProposalId proposal, @Nullable SectionId section, Presence.Activity activity,
            Consumer<List<Presence>> others, Consumer<ProposalChanged> onChange) {
        stop();
        var tab = InBackground.forCurrentTab(ui);
        var entered = presence.enter(proposal, section, activity, everyone -> tab.onPage(() -> others.accept(
                withoutMe(everyone))));
        visit = entered;
        subscription = updates.subscribe(proposal, change -> tab.onPage(() -> onChange.accept(change)));
        heartbeats = ui.addHeartbeatListener(beat -> entered.stillHere());
        if (tabClosed == null) {
            tabClosed = ui.addDetachListener(detached -> stop());
        }
    }

    private List<Presence> withoutMe(List<Presence> everyone) {
        var me = visit == null ? null : visit.presence().person();
        return everyone.stream().filter(p -> !p.person().equals(me)).toList();
    }

    void stop() {
        if (visit != null) {
            visit.leave();
            visit = null;
        }
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        if (heartbeats != null) {
            heartbeats.remove();
            heartbeats = null;
        }
    }
}
