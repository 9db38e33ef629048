package org.quire.notification;

/** How a person wants to be told of one kind of notification. */
public enum Delivery {
    IN_APP("In Quire only"),
    IN_APP_AND_EMAIL("In Quire and by e-mail");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
