package org.quire.lifecycle;

public record PanelMeetingId(String value) {
}
