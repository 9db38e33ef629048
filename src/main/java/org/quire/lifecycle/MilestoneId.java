package org.quire.lifecycle;

public record MilestoneId(String value) {
}
