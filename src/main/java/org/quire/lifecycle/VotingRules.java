package org.quire.lifecycle;

import java.util.ArrayList;
import java.util.List;

/**
 * A workgroup's rules for its votes, in whole percents so every comparison is exact.
 *
 * @param quorum the share of eligible voters who must vote at all (abstentions count)
 * @param threshold the share of approvals among those who approved or opposed (abstentions do not
 *        count); the default 66 lets two of three pass, which 67 would not
 */
public record VotingRules(int quorum, int threshold) {

    public static final VotingRules DEFAULT = new VotingRules(50, 66);

    /** What is wrong with these rules, in words for the person setting them; empty when nothing is. */
    public List<String> problems() {
        var found = new ArrayList<String>();
        if (quorum < 1 || quorum > 100) {
            found.add("The quorum is a whole percent from 1 to 100.");
        }
        if (threshold < 1 || threshold > 100) {
            found.add("The threshold is a whole percent from 1 to 100.");
        }
        return found;
    }

    /** "quorum 50 %, threshold 66 %", for the audit log and the page. */
    public String describe() {
        return "quorum " + quorum + " %, threshold " + threshold + " %";
    }
}
