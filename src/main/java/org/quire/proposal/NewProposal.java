package org.quire.proposal;

import java.util.ArrayList;
import java.util.List;

import org.quire.shared.InputRejected;

/** What a member fills in to start a proposal. */
public record NewProposal(String title, List<Integer> chargeItems) {

    public static final int MAX_TITLE = 200;

    public NewProposal {
        title = title.strip();
        chargeItems = List.copyOf(chargeItems);
        var problems = new ArrayList<String>();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.add("The title must be 1 to " + MAX_TITLE + " characters.");
        }
        if (chargeItems.stream().distinct().count() != chargeItems.size()) {
            problems.add("Each charge item can be named once.");
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }
}
