package org.quire.lifecycle;

public record StepRequestId(String value) {
}
