package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.descriptor.Merges.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Merge properties over the demo set and realistic edits of it: a side that changed nothing takes
 * the other side whole, both sides making the same edit is that edit, and two edits of different
 * things give what making both in turn gives.
 */
class DemoMergeTest {

    private static final DescriptorSet DEMO = DemoDescriptors.telemedicine();

    private static DescriptorId id(String code) {
        return new DescriptorId("demo-" + code.toLowerCase(Locale.ROOT));
    }

    private static Descriptor demo(String code) {
        return DEMO.descriptor(id(code)).orElseThrow();
    }

    private static CodeFamilyId family(String id) {
        return new CodeFamilyId(id);
    }

    static Stream<Arguments> edits() {
        return Stream.<UnaryOperator<DescriptorSet>>of(
                set -> DescriptorEdits.renameCode(set, id("9X0X1"), "9X0X0"),
                set -> DescriptorEdits.replace(set, demo("9X0X2").withText("clinical reasoning of some complexity")),
                set -> DescriptorEdits.move(set, id("9X1X5"), -1),
                set -> DescriptorEdits.move(set, id("9X0X4"), -2),
                set -> DescriptorEdits.remove(set, id("9X2X9")),
                set -> DescriptorEdits.remove(set, id("9X1X1")),
                set -> DescriptorEdits.addChild(set, id("9X1X5"), Sets.fresh("9X1X9", "longest visit")),
                set -> DescriptorEdits.add(set, family("demo-brief"), Sets.fresh("9X2X1", "Brief video check-in")),
                set -> DescriptorEdits.moveFamily(set, family("demo-brief"), -2),
                set -> DescriptorEdits.renameFamily(set, family("demo-audio-only"), "Audio-only visits"),
                set -> DescriptorEdits.removeFamily(set, family("demo-audio-video")),
                set -> DescriptorEdits.addFamily(set, CodeFamily.of("Group visits",
                        List.of(Sets.fresh("9X3X0", "Group telemedicine visit")))),
                set -> set.withExternalCodes(Set.of("99202", "99213")),
                set -> DescriptorEdits.move(DescriptorEdits.renameCode(DescriptorEdits.remove(set, id("9X0X6")),
                        id("9X2X0"), "9X2X2"), id("9X2X9"), -2))
                .map(edit -> Arguments.of(edit.apply(DEMO)));
    }

    @ParameterizedTest
    @MethodSource("edits")
    void aSideThatChangedNothingTakesTheOtherWhole(DescriptorSet edited) {
        assertThat(clean(DescriptorSetMerge.merge(DEMO, DEMO, edited))).isEqualTo(edited);
        assertThat(clean(DescriptorSetMerge.merge(DEMO, edited, DEMO))).isEqualTo(edited);
        assertThat(clean(DescriptorSetMerge.merge(DEMO, edited, edited))).isEqualTo(edited);
        assertThat(clean(DescriptorSetMerge.merge(edited, edited, edited))).isEqualTo(edited);
    }

    @ParameterizedTest
    @MethodSource("edits")
    void anUndoOfTheEditIsTakenWholeToo(DescriptorSet edited) {
        assertThat(clean(DescriptorSetMerge.merge(edited, edited, DEMO))).isEqualTo(DEMO);
    }

    static Stream<Arguments> independentPairs() {
        UnaryOperator<DescriptorSet> renameVisit = set -> DescriptorEdits.renameCode(set, id("9X0X1"), "9X0X0");
        UnaryOperator<DescriptorSet> reviseCheckIn = set -> DescriptorEdits.replace(set, demo("9X2X0")
                .withText("Brief check-in by voice or video"));
        UnaryOperator<DescriptorSet> moveBrief = set -> DescriptorEdits.moveFamily(set, family("demo-brief"), -1);
        UnaryOperator<DescriptorSet> moveChild = set -> DescriptorEdits.move(set, id("9X1X3"), -1);
        UnaryOperator<DescriptorSet> dropDeleted = set -> DescriptorEdits.remove(set, id("9X2X9"));
        var child = Sets.fresh("9X1X9", "longest visit");
        UnaryOperator<DescriptorSet> addChild = set -> DescriptorEdits.addChild(set, id("9X1X5"), child);
        return Stream.of(Arguments.of(renameVisit, reviseCheckIn), Arguments.of(moveBrief, moveChild),
                Arguments.of(dropDeleted, addChild), Arguments.of(renameVisit, moveChild),
                Arguments.of(moveBrief, reviseCheckIn));
    }

    @ParameterizedTest
    @MethodSource("independentPairs")
    void editsOfDifferentThingsMergeToBothEditsMadeInTurn(UnaryOperator<DescriptorSet> first,
            UnaryOperator<DescriptorSet> second) {
        var both = second.apply(first.apply(DEMO));

        assertThat(clean(DescriptorSetMerge.merge(DEMO, first.apply(DEMO), second.apply(DEMO)))).isEqualTo(both);
        assertThat(clean(DescriptorSetMerge.merge(DEMO, second.apply(DEMO), first.apply(DEMO)))).isEqualTo(both);
    }
}
