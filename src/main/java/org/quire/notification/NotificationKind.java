package org.quire.notification;

/** What a notification is about; each kind has its own delivery preference. */
public enum NotificationKind {
    MENTIONED("Someone mentions you in a comment"),
    REPLIED("Someone replies in a thread you wrote in"),
    SUGGESTION_DECIDED("A member accepts or rejects your suggested edit"),
    DISPOSITION_RECORDED("Staff record the disposition of your comment"),
    PARTICIPATION_DECIDED("Staff decide on your request to participate"),
    COMMENT_PERIOD_OPENED("A comment period opens to you"),
    COMMENT_PERIOD_CLOSING("A comment period open to you closes within 48 hours"),
    LIFECYCLE_STEP("A proposal you read moves on: approval, submission, the Panel's outcome, withdrawal"),
    STEP_PROPOSED("A member proposes a lifecycle step (staff)");

    private final String description;

    NotificationKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
