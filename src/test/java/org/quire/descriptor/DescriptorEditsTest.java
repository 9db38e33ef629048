package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quire.descriptor.Sets.childOf;
import static org.quire.descriptor.Sets.fresh;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.quire.shared.InputRejected;

/** The form's edits, each a new set; positions, families and refusals (renaming has its own test). */
class DescriptorEditsTest {

    private static final String GONE = "This descriptor is no longer in the set; someone may have removed it. "
            + "Reload to see the current set.";
    private static final String FAMILY_GONE = "This code family is no longer in the set; someone may have removed "
            + "it. Reload to see the current set.";

    private final Descriptor visit = fresh("9X0X1", "Telemedicine visit; brief");
    private final Descriptor longer = childOf(visit, "9X0X2", "moderate");
    private final Descriptor longest = childOf(visit, "9X0X3", "extensive");
    private final Descriptor call = fresh("9X0X5", "Telephone call");
    private final Descriptor checkIn = fresh("9X0X6", "Brief check-in");
    private final DescriptorSet set = Sets.of(visit, longer, longest, call, checkIn);
    private final CodeFamilyId family = set.families().getFirst().id();

    private static List<String> refusal(Runnable edit) {
        var thrown = catchThrowableOfType(InputRejected.class, edit::run);
        assertThat(thrown).as("refused with InputRejected").isNotNull();
        return thrown.problems();
    }

    @Test
    void replacingKeepsThePlaceAndTheOtherDescriptors() {
        var edited = DescriptorEdits.replace(set, call.withText("Telephone call with a known patient"));

        assertThat(Codes.of(edited)).containsExactly("9X0X1", "9X0X2", "9X0X3", "9X0X5", "9X0X6");
        assertThat(edited.descriptor(call.id()).orElseThrow().text()).isEqualTo("Telephone call with a known patient");
        assertThat(edited.descriptor(visit.id())).contains(visit);
        assertThat(set.descriptor(call.id()).orElseThrow().text()).as("the old set is a value").isEqualTo(
                "Telephone call");
    }

    @Test
    void addingAppendsAnUnindentedDescriptorToTheFamily() {
        var added = childOf(visit, "9X0X7", "Video check-in");

        var edited = DescriptorEdits.add(set, family, added);

        assertThat(Codes.of(edited)).endsWith("9X0X6", "9X0X7");
        assertThat(edited.descriptor(added.id()).orElseThrow().hasParent()).isFalse();
    }

    @Test
    void aChildIsAddedAfterItsParentsLastChild() {
        var edited = DescriptorEdits.addChild(set, visit.id(), fresh("9X0X4", "complex"));

        assertThat(Codes.of(edited)).containsExactly("9X0X1", "9X0X2", "9X0X3", "9X0X4", "9X0X5", "9X0X6");
        assertThat(Codes.withCode(edited, "9X0X4").parent()).isEqualTo(visit.id());
    }

    @Test
    void aFirstChildIsAddedRightAfterItsParent() {
        var edited = DescriptorEdits.addChild(set, call.id(), fresh("9X0X9", "with a new patient"));

        assertThat(Codes.of(edited)).containsExactly("9X0X1", "9X0X2", "9X0X3", "9X0X5", "9X0X9", "9X0X6");
        assertThat(Codes.withCode(edited, "9X0X9").parent()).isEqualTo(call.id());
    }

    @Test
    void removingAParentKeepsItsChildrenUnindented() {
        var edited = DescriptorEdits.remove(set, visit.id());

        assertThat(Codes.of(edited)).containsExactly("9X0X2", "9X0X3", "9X0X5", "9X0X6");
        assertThat(edited.descriptors()).noneMatch(Descriptor::hasParent);
        assertThat(edited.descriptor(longer.id()).orElseThrow().text()).isEqualTo("moderate");
    }

    @Test
    void anUnindentedCodeMovesPastAParentTogetherWithItsChildren() {
        assertThat(Codes.of(DescriptorEdits.move(set, call.id(), -1)))
                .containsExactly("9X0X5", "9X0X1", "9X0X2", "9X0X3", "9X0X6");
    }

    @Test
    void aParentCarriesItsChildren() {
        assertThat(Codes.of(DescriptorEdits.move(set, visit.id(), 1)))
                .containsExactly("9X0X5", "9X0X1", "9X0X2", "9X0X3", "9X0X6");
        assertThat(Codes.of(DescriptorEdits.move(set, visit.id(), 2)))
                .containsExactly("9X0X5", "9X0X6", "9X0X1", "9X0X2", "9X0X3");
    }

    @Test
    void aChildMovesOnlyAmongItsSiblings() {
        assertThat(Codes.of(DescriptorEdits.move(set, longest.id(), -1)))
                .containsExactly("9X0X1", "9X0X3", "9X0X2", "9X0X5", "9X0X6");
        assertThat(Codes.of(DescriptorEdits.move(set, longest.id(), -5)))
                .as("never above its parent").containsExactly("9X0X1", "9X0X3", "9X0X2", "9X0X5", "9X0X6");
        assertThat(Codes.of(DescriptorEdits.move(set, longer.id(), 3)))
                .as("never out of its parent's block").containsExactly("9X0X1", "9X0X3", "9X0X2", "9X0X5", "9X0X6");
    }

    @Test
    void movesStopAtTheEnds() {
        assertThat(DescriptorEdits.move(set, visit.id(), -1)).isEqualTo(set);
        assertThat(DescriptorEdits.move(set, checkIn.id(), 10)).isEqualTo(set);
        assertThat(Codes.of(DescriptorEdits.move(set, checkIn.id(), -10)))
                .containsExactly("9X0X6", "9X0X1", "9X0X2", "9X0X3", "9X0X5");
        assertThat(DescriptorEdits.move(set, call.id(), 0)).isEqualTo(set);
    }

    @Test
    void aChildAwayFromItsParentMovesLikeAnUnindentedCodeSoItCanBeBroughtBack() {
        var stray = childOf(visit, "9X0X4", "complex");
        var broken = Sets.of(visit, longer, call, stray);

        assertThat(Codes.of(DescriptorEdits.move(broken, stray.id(), -1)))
                .containsExactly("9X0X1", "9X0X2", "9X0X4", "9X0X5");
    }

    @Test
    void familiesAreAddedRenamedMovedAndRemoved() {
        var other = CodeFamily.of("Brief communication", List.of(fresh("9X2X0", "Check-in"),
                childOf(visit, "9X2X1", "follow-up")));

        var added = DescriptorEdits.addFamily(set, other);
        assertThat(Codes.familyNames(added)).containsExactly("Telemedicine visits", "Brief communication");

        var renamed = DescriptorEdits.renameFamily(added, family, "Video visits");
        assertThat(Codes.familyNames(renamed)).containsExactly("Video visits", "Brief communication");

        var moved = DescriptorEdits.moveFamily(renamed, other.id(), -1);
        assertThat(Codes.familyNames(moved)).containsExactly("Brief communication", "Video visits");
        assertThat(DescriptorEdits.moveFamily(moved, other.id(), -1)).isEqualTo(moved);

        var removed = DescriptorEdits.removeFamily(moved, family);
        assertThat(Codes.of(removed)).as("its descriptors go with it").containsExactly("9X2X0", "9X2X1");
        assertThat(removed.descriptors()).as("nothing stays indented under a removed code")
                .noneMatch(Descriptor::hasParent);
    }

    @Test
    void anEditOfADescriptorSomeoneRemovedIsRefusedWithAMessageToReload() {
        var removed = DescriptorEdits.remove(set, call.id());

        assertThat(refusal(() -> DescriptorEdits.replace(removed, call.withText("Call")))).containsExactly(GONE);
        assertThat(refusal(() -> DescriptorEdits.renameCode(removed, call.id(), "9X0X7"))).containsExactly(GONE);
        assertThat(refusal(() -> DescriptorEdits.remove(removed, call.id()))).containsExactly(GONE);
        assertThat(refusal(() -> DescriptorEdits.move(removed, call.id(), 1))).containsExactly(GONE);
        assertThat(refusal(() -> DescriptorEdits.addChild(removed, call.id(), fresh("9X0X9", "child"))))
                .containsExactly("The descriptor to indent under is no longer in the set; someone may have "
                        + "removed it. Reload to see the current set.");
    }

    @Test
    void anEditOfAFamilySomeoneRemovedIsRefusedWithAMessageToReload() {
        var gone = CodeFamilyId.random();

        assertThat(refusal(() -> DescriptorEdits.add(set, gone, fresh("9X0X9", "Visit")))).containsExactly(
                FAMILY_GONE);
        assertThat(refusal(() -> DescriptorEdits.renameFamily(set, gone, "Visits"))).containsExactly(FAMILY_GONE);
        assertThat(refusal(() -> DescriptorEdits.removeFamily(set, gone))).containsExactly(FAMILY_GONE);
        assertThat(refusal(() -> DescriptorEdits.moveFamily(set, gone, 1))).containsExactly(FAMILY_GONE);
    }

    @Test
    void anEditBeyondTheLimitsIsRefusedWithTheLimitsMessage() {
        var full = Sets.of(IntStream.range(0, DescriptorLimits.MAX_DESCRIPTORS)
                .mapToObj(i -> fresh("9X0X1", "Visit " + i)).toArray(Descriptor[]::new));
        var familyId = full.families().getFirst().id();

        assertThat(refusal(() -> DescriptorEdits.add(full, familyId, fresh("9X0X2", "one more"))))
                .containsExactly("The set has 501 descriptors; at most 500 are allowed. Split the proposal.");
        assertThat(refusal(() -> DescriptorEdits.renameFamily(set, family, "n".repeat(201)))).containsExactly(
                "The name of a code family has 201 characters; at most 200 are allowed.");
        var one = new DescriptorSet(List.of(CodeFamily.of("Visits", List.of())), Set.of());
        assertThat(refusal(() -> DescriptorEdits.addFamily(one, one.families().getFirst())).getFirst())
                .as("the same family twice").startsWith("Two code families share the id");
    }
}
