package org.quire.descriptor.internal;

import java.util.List;

import org.quire.descriptor.DescriptorSet;
import org.quire.descriptor.ValidationProblem;

/** Every rule check, run over one index of the set. */
public final class Checks {

    private static final List<RuleCheck> ALL = List.of(new FamilyNameCheck(), new CodeChecks(), new ActionChecks(),
            new TypedMarkupCheck(), new ChildPlacementCheck(), new SemicolonCheck(), new AddOnWordingCheck(),
            new NoteChecks());

    private Checks() {
    }

    public static List<ValidationProblem> run(DescriptorSet set) {
        var index = new SetIndex(set);
        var findings = new Findings();
        ALL.forEach(check -> check.check(index, findings));
        return findings.inSetOrder();
    }
}
