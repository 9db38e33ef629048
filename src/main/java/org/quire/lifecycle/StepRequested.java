package org.quire.lifecycle;

/** Announced when a member proposes a lifecycle step, so STAFF can be told. */
public record StepRequested(StepRequest request) {
}
