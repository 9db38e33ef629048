package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.descriptor.Merges.clean;
import static org.quire.descriptor.Merges.conflict;
import static org.quire.descriptor.Sets.childOf;
import static org.quire.descriptor.Sets.fresh;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which descriptors stay and where: additions, removals, order within a family; external codes. */
class DescriptorSetMergeTest {

    private final Descriptor visit = fresh("9X0X1", "Telemedicine visit; brief");
    private final Descriptor longer = childOf(visit, "9X0X2", "moderate");
    private final Descriptor call = fresh("9X0X5", "Telephone call");
    private final Descriptor checkIn = fresh("9X0X6", "Brief check-in");
    private final DescriptorSet base = Sets.of(visit, longer, call, checkIn);
    private final CodeFamilyId family = base.families().getFirst().id();

    private DescriptorSet inOrder(Descriptor... descriptors) {
        return base.withFamilies(List.of(base.families().getFirst().withDescriptors(List.of(descriptors))));
    }

    @Test
    void descriptorsAddedOnEitherSideAreKeptAfterWhatTheyFollowedThere() {
        var theirs = DescriptorEdits.addChild(base, visit.id(), fresh("9X0X3", "extensive"));
        var mine = inOrder(fresh("9X0X0", "Group visit"), visit, longer, call, fresh("9X0X7", "Video check-in"),
                checkIn);

        var merged = clean(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(Codes.of(merged)).containsExactly("9X0X0", "9X0X1", "9X0X2", "9X0X3", "9X0X5", "9X0X7", "9X0X6");
        assertThat(Codes.withCode(merged, "9X0X3").parent()).isEqualTo(visit.id());
    }

    @Test
    void whereBothAddedAfterTheSameDescriptorTheirsComeFirst() {
        var theirs = inOrder(visit, longer, call, fresh("9X0X7", "theirs"), checkIn);
        var mine = inOrder(visit, longer, call, fresh("9X0X8", "mine"), checkIn);

        assertThat(Codes.of(clean(DescriptorSetMerge.merge(base, theirs, mine))))
                .containsExactly("9X0X1", "9X0X2", "9X0X5", "9X0X7", "9X0X8", "9X0X6");
    }

    @Test
    void bothAddingTheSameCodeIsNoMergeConflictButValidationReportsIt() {
        var theirs = DescriptorEdits.add(base, family, fresh("9X0X9", "Video call"));
        var mine = DescriptorEdits.add(base, family, fresh("9X0X9", "Audio call"));

        var merged = clean(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(Codes.of(merged)).containsExactly("9X0X1", "9X0X2", "9X0X5", "9X0X6", "9X0X9", "9X0X9");
        assertThat(Sets.rules(DescriptorValidation.validate(merged))).containsOnly(DescriptorRule.DUPLICATE_CODE);
    }

    @Test
    void aDescriptorRemovedOnOneSideAndUnchangedOnTheOtherIsRemoved() {
        var removed = DescriptorEdits.remove(base, call.id());
        var otherwiseChanged = DescriptorEdits.replace(base, checkIn.withText("Brief check-in by video"));

        assertThat(clean(DescriptorSetMerge.merge(base, removed, otherwiseChanged)))
                .isEqualTo(DescriptorEdits.remove(otherwiseChanged, call.id()));
        assertThat(clean(DescriptorSetMerge.merge(base, otherwiseChanged, removed)))
                .isEqualTo(DescriptorEdits.remove(otherwiseChanged, call.id()));
        assertThat(clean(DescriptorSetMerge.merge(base, removed, removed))).isEqualTo(removed);
    }

    @Test
    void aDescriptorTheyRemovedAndIChangedIsKeptWithMyChanges() {
        var theirs = DescriptorEdits.remove(base, call.id());
        var mine = DescriptorEdits.replace(base, call.withText("Telephone or video call"));

        var conflict = conflict(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(conflict.resolution()).isEqualTo(mine);
        assertThat(conflict.conflicts()).containsExactly(new DescriptorConflict(call.id(), family, null, "",
                "9X0X5 Telephone or video call", "9X0X5: they removed it and you changed it; it is kept with your "
                        + "changes."));
    }

    @Test
    void aDescriptorIRemovedAndTheyChangedIsKeptWithTheirChanges() {
        var theirs = DescriptorEdits.renameCode(base, call.id(), "9X0X4");
        var mine = DescriptorEdits.remove(base, call.id());

        var conflict = conflict(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(conflict.resolution()).isEqualTo(theirs);
        assertThat(conflict.conflicts().getFirst().message())
                .isEqualTo("9X0X4: you removed it and they changed it; it is kept with their changes.");
        assertThat(conflict.conflicts().getFirst().mine()).isEmpty();
    }

    @Test
    void removingAParentOnOneSideUnindentsItsChildrenUnlessTheOtherSideChangedThem() {
        var theirs = DescriptorEdits.remove(base, visit.id());
        var mine = DescriptorEdits.replace(base, longer.withText("moderate complexity"));

        var merged = clean(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(merged.descriptor(longer.id())).contains(longer.withParent(null).withText("moderate complexity"));
    }

    @Test
    void anOrderChangedOnOneSideIsTakenWhileTheOtherSideEdits() {
        var theirs = DescriptorEdits.move(base, checkIn.id(), -1);
        var mine = DescriptorEdits.replace(DescriptorEdits.addChild(base, visit.id(), fresh("9X0X3", "extensive")),
                visit.withText("Visit; brief"));

        var merged = clean(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(Codes.of(merged)).containsExactly("9X0X1", "9X0X2", "9X0X3", "9X0X6", "9X0X5");
        assertThat(merged.descriptor(visit.id()).orElseThrow().text()).isEqualTo("Visit; brief");
        assertThat(clean(DescriptorSetMerge.merge(base, mine, theirs))).isEqualTo(merged);
    }

    @Test
    void anAdditionFollowsTheDescriptorItFollowedEvenWhenTheOtherSideMovedThatOne() {
        var theirs = DescriptorEdits.move(base, checkIn.id(), -1);
        var mine = DescriptorEdits.add(base, family, fresh("9X0X8", "Group visit"));

        assertThat(Codes.of(clean(DescriptorSetMerge.merge(base, theirs, mine))))
                .containsExactly("9X0X1", "9X0X2", "9X0X6", "9X0X8", "9X0X5");
    }

    @Test
    void ordersChangedDifferentlyOnBothSidesAreAConflictResolvedWithMine() {
        var theirs = DescriptorEdits.move(base, checkIn.id(), -1);
        var mine = DescriptorEdits.move(base, visit.id(), 2);

        var conflict = conflict(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(conflict.resolution()).isEqualTo(mine);
        assertThat(conflict.conflicts()).containsExactly(new DescriptorConflict(null, family, null,
                "9X0X1, 9X0X2, 9X0X6, 9X0X5", "9X0X5, 9X0X6, 9X0X1, 9X0X2",
                "The family \"Telemedicine visits\": both changed the order of its descriptors; yours is kept."));
        assertThat(clean(DescriptorSetMerge.merge(base, mine, mine))).as("the same new order on both sides")
                .isEqualTo(mine);
    }

    @Test
    void externalCodesKeepWhatEitherAddedAndLoseWhatEitherRemoved() {
        var start = base.withExternalCodes(Set.of("99202", "99205", "99212"));
        var theirs = start.withExternalCodes(Set.of("99202", "99212", "99213"));
        var mine = start.withExternalCodes(Set.of("99205", "99212", "99215"));

        assertThat(clean(DescriptorSetMerge.merge(start, theirs, mine)).externalCodes())
                .containsExactly("99212", "99213", "99215");
    }

    @Test
    void aMergeTheSetCannotHoldKeepsMineAndSaysSo() {
        var start = Sets.families(java.util.stream.IntStream.range(0, 45)
                .mapToObj(i -> CodeFamily.of("Family " + i, List.of())).toArray(CodeFamily[]::new));
        var theirs = start;
        var mine = start;
        for (int i = 0; i < 5; i++) {
            theirs = DescriptorEdits.addFamily(theirs, CodeFamily.of("Theirs " + i, List.of()));
            mine = DescriptorEdits.addFamily(mine, CodeFamily.of("Mine " + i, List.of()));
        }

        var conflict = conflict(DescriptorSetMerge.merge(start, theirs, mine));

        assertThat(conflict.resolution()).isSameAs(mine);
        assertThat(conflict.conflicts()).singleElement().satisfies(only -> {
            assertThat(only.descriptor()).isNull();
            assertThat(only.message()).isEqualTo("Their changes and yours together go beyond what a set may hold "
                    + "(The set has 55 code families; at most 50 are allowed.), so your version is kept as it is; "
                    + "make the changes of theirs you still need by hand.");
        });
    }

    @Test
    void independentEditsGiveTheSameSetWhicheverSideIsMine() {
        var theirs = DescriptorEdits.renameCode(DescriptorEdits.remove(base, checkIn.id()), visit.id(), "9X0X0");
        var mine = DescriptorEdits.replace(DescriptorEdits.addChild(base, visit.id(), fresh("9X0X3", "extensive")),
                call.withFlags(Set.of(DescriptorFlag.AUDIO_ONLY)));

        var merged = clean(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(clean(DescriptorSetMerge.merge(base, mine, theirs))).isEqualTo(merged);
        assertThat(Codes.of(merged)).containsExactly("9X0X0", "9X0X2", "9X0X3", "9X0X5");
        assertThat(DescriptorSetDiff.between(base, merged).descriptors()).hasSize(4);
    }
}
