package org.quire.notification;

public record NotificationId(String value) {
}
