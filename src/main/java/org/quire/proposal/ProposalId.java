package org.quire.proposal;

import java.util.Objects;

public record ProposalId(String value) {

    public ProposalId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
