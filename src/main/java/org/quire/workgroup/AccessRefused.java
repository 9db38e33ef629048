package org.quire.workgroup;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The access policy said no. The message is safe to show: it names the action, never the object,
 * so guessing ids tells nothing about what exists. When the person has no part in the workgroup at
 * all, it names the workgroup (whose name is public: anyone signed in may ask to join it), so the
 * refusal can offer the participation request.
 */
public class AccessRefused extends RuntimeException {

    private final @Nullable String workgroupSlug;
    private final @Nullable String workgroupName;

    public AccessRefused(String message) {
        super(message);
        this.workgroupSlug = null;
        this.workgroupName = null;
    }

    private AccessRefused(Workgroup workgroup) {
        super("You are not a member of " + workgroup.name() + ".");
        this.workgroupSlug = workgroup.slug();
        this.workgroupName = workgroup.name();
    }

    /** The person has no membership in the workgroup, so they may ask to take part. */
    public static AccessRefused notMemberOf(Workgroup workgroup) {
        return new AccessRefused(workgroup);
    }

    /** The short name of the workgroup the person could ask to join, when that is the reason. */
    public Optional<String> workgroupToJoin() {
        return Optional.ofNullable(workgroupSlug);
    }

    public Optional<String> workgroupToJoinName() {
        return Optional.ofNullable(workgroupName);
    }
}
