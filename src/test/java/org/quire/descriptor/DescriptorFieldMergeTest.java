package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.descriptor.Merges.clean;
import static org.quire.descriptor.Merges.conflict;
import static org.quire.descriptor.Sets.childOf;
import static org.quire.descriptor.Sets.fresh;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A descriptor both sides kept merges field by field: one side's change is taken, both sides' clash. */
class DescriptorFieldMergeTest {

    private final Descriptor visit = fresh("9X0X1", "Telemedicine visit; brief");
    private final Descriptor longer = childOf(visit, "9X0X2", "moderate");
    private final Descriptor call = fresh("9X0X5", "Telephone call");
    private final DescriptorSet base = Sets.of(visit, longer, call);
    private final CodeFamilyId family = base.families().getFirst().id();

    private DescriptorSet with(Descriptor... changed) {
        var set = base;
        for (var descriptor : changed) {
            set = DescriptorEdits.replace(set, descriptor);
        }
        return set;
    }

    @Test
    void fieldsChangedOnOneSideEachAreTakenFromThatSide() {
        var theirs = with(longer.withText("moderate complexity"), call.withNotes(List.of("Not with 9X0X1")));
        var mine = with(longer.withFlags(Set.of(DescriptorFlag.AUDIO_VIDEO)), visit.withCode("9X0X0"));

        var merged = clean(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(merged).isEqualTo(with(longer.withText("moderate complexity")
                .withFlags(Set.of(DescriptorFlag.AUDIO_VIDEO)), call.withNotes(List.of("Not with 9X0X1")),
                visit.withCode("9X0X0")));
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        var both = with(call.withText("Telephone or video call"));

        assertThat(clean(DescriptorSetMerge.merge(base, both, with(call.withText("Telephone or video call")))))
                .isEqualTo(both);
    }

    @Test
    void theSameFieldChangedDifferentlyIsAConflictResolvedWithMineAndEverythingElseOfTheirs() {
        var theirs = with(call.withText("Telephone call with a known patient"), visit.withText("Visit; brief"));
        var mine = with(call.withText("Telephone call of 5 minutes").withFlags(Set.of(DescriptorFlag.AUDIO_ONLY)));

        var conflict = conflict(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(conflict.resolution()).isEqualTo(with(visit.withText("Visit; brief"),
                call.withText("Telephone call of 5 minutes").withFlags(Set.of(DescriptorFlag.AUDIO_ONLY))));
        assertThat(conflict.conflicts()).containsExactly(new DescriptorConflict(call.id(), family,
                DescriptorField.TEXT, "Telephone call with a known patient", "Telephone call of 5 minutes",
                "9X0X5: both changed the text. Theirs: \"Telephone call with a known patient\"; yours: "
                        + "\"Telephone call of 5 minutes\"."));
    }

    @Test
    void eachConflictingFieldIsOneConflictInFieldOrder() {
        var theirs = with(call.withAction(DescriptorAction.REVISED).withCurrentText("Call").withNotes(List.of("a")));
        var mine = with(call.withAction(DescriptorAction.UNCHANGED).withCurrentText("Calls").withNotes(
                List.of("b", "c")));

        var conflicts = conflict(DescriptorSetMerge.merge(base, theirs, mine)).conflicts();

        assertThat(conflicts).extracting(DescriptorConflict::field).containsExactly(DescriptorField.ACTION,
                DescriptorField.CURRENT_TEXT, DescriptorField.NOTES);
        assertThat(conflicts.getFirst().message())
                .isEqualTo("9X0X5: both changed the action. Theirs: \"revised code\"; yours: \"unchanged code\".");
        assertThat(conflicts.getLast().mine()).as("notes one per line").isEqualTo("b\nc");
        assertThat(conflicts.getLast().message()).endsWith("yours: \"b / c\".");
    }

    @Test
    void aCodeBothRenamedIsNamedByTheCodeBothStartedFrom() {
        var conflict = conflict(DescriptorSetMerge.merge(base, with(call.withCode("9X0X6")),
                with(call.withCode("9X0X7"))));

        assertThat(conflict.resolution().descriptor(call.id()).orElseThrow().code()).isEqualTo("9X0X7");
        assertThat(conflict.conflicts().getFirst().message())
                .isEqualTo("9X0X5: both changed the code. Theirs: \"9X0X6\"; yours: \"9X0X7\".");
    }

    @Test
    void aParentBothChangedReadsAsTheParentsCodes() {
        var theirs = with(longer.withParent(null));
        var mine = with(longer.withParent(call.id()));

        var conflict = conflict(DescriptorSetMerge.merge(base, theirs, mine)).conflicts().getFirst();

        assertThat(conflict.field()).isEqualTo(DescriptorField.PARENT);
        assertThat(conflict.theirs()).isEqualTo("(none)");
        assertThat(conflict.mine()).isEqualTo("9X0X5");
        assertThat(conflict.message()).isEqualTo("9X0X2: both changed the code it is indented under. "
                + "Theirs: \"(none)\"; yours: \"9X0X5\".");
    }

    @Test
    void longValuesAreCutShortInTheMessageButKeptWholeInTheConflict() {
        var theirText = "Telephone call " + "with a patient the practice already knows ".repeat(5);
        var conflict = conflict(DescriptorSetMerge.merge(base, with(call.withText(theirText)),
                with(call.withText("")))).conflicts().getFirst();

        assertThat(conflict.theirs()).isEqualTo(theirText.strip());
        assertThat(conflict.message()).contains("Theirs: \"Telephone call with a patient the practice already knows "
                + "with a patient the…\"; yours: (empty).");
        assertThat(conflict.message().length()).isLessThan(180);
    }

    @Test
    void aRenameOnOneSideAndATextChangeOnTheOtherBothApply() {
        var theirs = DescriptorEdits.renameCode(base, call.id(), "9X0X9");
        var mine = with(call.withText("Telephone call; brief"));

        var merged = clean(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(merged.descriptor(call.id())).contains(call.withCode("9X0X9").withText("Telephone call; brief"));
    }

    @Test
    void oneDescriptorAddedOnBothSidesMergesLikeOneBothChanged() {
        var added = fresh("9X0X8", "Group visit");
        var theirs = DescriptorEdits.add(base, family, added);
        var mine = DescriptorEdits.add(base, family, added.withText("Group telemedicine visit"));

        var conflict = conflict(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(conflict.resolution()).isEqualTo(mine);
        assertThat(conflict.conflicts()).extracting(DescriptorConflict::field).containsExactly(DescriptorField.TEXT);
        assertThat(clean(DescriptorSetMerge.merge(base, theirs, theirs))).isEqualTo(theirs);
    }
}
