package org.quire.proposal.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.quire.proposal.Presence;
import org.quire.proposal.Proposal;

/**
 * Avatars of who else has the proposal open, each named with what they are doing ("Ada Lovelace,
 * editing Rationale"); the same list is written out for screen readers.
 */
class PresenceAvatars extends Div {

    private final AvatarGroup avatars = new AvatarGroup();
    private final Span spoken = new Span();
    private final Proposal proposal;

    PresenceAvatars(Proposal proposal) {
        this.proposal = proposal;
        addClassName("presence");
        setId("presence");
        avatars.setMaxItemsVisible(8);
        avatars.getElement().setAttribute("aria-hidden", "true");
        spoken.addClassName("visually-hidden");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        add(avatars, spoken);
        show(List.of());
    }

    void show(List<Presence> everyone) {
        var items = everyone.stream().map(presence -> {
            var item = new AvatarGroup.AvatarGroupItem(presence.name() + ", " + describe(presence));
            item.setAbbreviation(initials(presence.name()));
            item.setColorIndex(Math.floorMod(presence.person().hashCode(), 7));
            return item;
        }).toList();
        avatars.setItems(items);
        getElement().setAttribute("data-count", String.valueOf(everyone.size()));
        spoken.setText(everyone.isEmpty() ? "Nobody else has this proposal open."
                : "Here now: " + everyone.stream().map(p -> p.name() + " (" + describe(p) + ")")
                        .collect(Collectors.joining("; ")) + ".");
    }

    private String describe(Presence presence) {
        @Nullable String section = presence.section() == null ? null : proposal.sections().stream()
                .filter(s -> s.id().equals(presence.section())).map(s -> s.title()).findFirst().orElse(null);
        return section == null ? presence.activity().label() : presence.activity().label() + " " + section;
    }

    /** "RO" for "Dr. Rafael Okafor": first and last name, titles such as "Dr." left out. */
    static String initials(String name) {
        var parts = Arrays.stream(name.trim().split("\\s+")).filter(part -> !part.isEmpty() && !part.endsWith("."))
                .toList();
        if (parts.isEmpty()) {
            return name.isBlank() ? "?" : name.trim().substring(0, 1).toUpperCase(Locale.ROOT);
        }
        var first = parts.getFirst().substring(0, 1);
        var last = parts.size() == 1 ? "" : parts.getLast().substring(0, 1);
        return (first + last).toUpperCase(Locale.ROOT);
    }
}
