package org.quire.proposal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.quire.shared.InputRejected;

/**
 * Who among the workgroup's COMMENTERs a comment period is open to: all of them, or those of the
 * named organizations (as their profiles name them; compared ignoring case and surrounding spaces).
 */
public record CommentAudience(boolean everyCommenter, List<String> organizations) {

    public static final int MAX_ORGANIZATIONS = 50;
    public static final int MAX_ORGANIZATION = 200;
    public static final CommentAudience EVERY_COMMENTER = new CommentAudience(true, List.of());

    public CommentAudience {
        organizations = organizations == null ? List.of()
                : organizations.stream().map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
        if (!everyCommenter && organizations.isEmpty()) {
            throw new InputRejected("Name at least one organization, or open the period to every commenter.");
        }
        if (organizations.size() > MAX_ORGANIZATIONS) {
            throw new InputRejected("A comment period names at most " + MAX_ORGANIZATIONS + " organizations.");
        }
        if (organizations.stream().anyMatch(name -> name.length() > MAX_ORGANIZATION)) {
            throw new InputRejected("An organization's name has at most " + MAX_ORGANIZATION + " characters.");
        }
        if (everyCommenter) {
            organizations = List.of();
        }
    }

    public static CommentAudience organizations(List<String> names) {
        return new CommentAudience(false, names);
    }

    public boolean includes(@Nullable String organization) {
        if (everyCommenter) {
            return true;
        }
        if (organization == null) {
            return false;
        }
        var wanted = organization.strip().toLowerCase(Locale.ROOT);
        return organizations.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
