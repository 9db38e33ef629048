package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.descriptor.Merges.clean;
import static org.quire.descriptor.Merges.conflict;
import static org.quire.descriptor.Sets.fresh;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Families merge like descriptors: names three-way, additions kept, removals unless changed, order. */
class FamilyMergeTest {

    private final Descriptor visit = fresh("9X0X1", "Video visit");
    private final Descriptor call = fresh("9X1X1", "Audio visit");
    private final Descriptor checkIn = fresh("9X2X0", "Brief check-in");
    private final CodeFamily video = CodeFamily.of("Video visits", List.of(visit));
    private final CodeFamily audio = CodeFamily.of("Audio visits", List.of(call));
    private final CodeFamily brief = CodeFamily.of("Brief communication", List.of(checkIn));
    private final DescriptorSet base = Sets.families(video, audio, brief);

    @Test
    void aNameChangedOnOneSideIsTakenAndTheSameNameOnBothIsNoConflict() {
        var theirs = DescriptorEdits.renameFamily(base, audio.id(), "Audio-only visits");
        var mine = DescriptorEdits.renameFamily(base, video.id(), "Audio-video visits");

        assertThat(Codes.familyNames(clean(DescriptorSetMerge.merge(base, theirs, mine))))
                .containsExactly("Audio-video visits", "Audio-only visits", "Brief communication");
        assertThat(clean(DescriptorSetMerge.merge(base, theirs, theirs))).isEqualTo(theirs);
    }

    @Test
    void aNameBothChangedIsAConflictResolvedWithMine() {
        var theirs = DescriptorEdits.renameFamily(base, audio.id(), "Audio-only visits");
        var mine = DescriptorEdits.renameFamily(base, audio.id(), "Telephone visits");

        var conflict = conflict(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(conflict.resolution()).isEqualTo(mine);
        assertThat(conflict.conflicts()).containsExactly(new DescriptorConflict(null, audio.id(),
                DescriptorField.FAMILY_NAME, "Audio-only visits", "Telephone visits", "The family \"Audio visits\": "
                        + "both renamed it. Theirs: \"Audio-only visits\"; yours: \"Telephone visits\"."));
    }

    @Test
    void aFamilyAddedOnOneSideIsKeptWhereItWasAdded() {
        var group = CodeFamily.of("Group visits", List.of(fresh("9X3X0", "Group visit")));
        var theirs = DescriptorEdits.moveFamily(DescriptorEdits.addFamily(base, group), group.id(), -1);
        var mine = DescriptorEdits.renameFamily(base, brief.id(), "Brief calls");

        var merged = clean(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(Codes.familyNames(merged)).containsExactly("Video visits", "Audio visits", "Group visits",
                "Brief calls");
        assertThat(Codes.byFamily(merged).get(2)).containsExactly("9X3X0");
    }

    @Test
    void aFamilyRemovedOnOneSideAndUnchangedOnTheOtherIsRemovedWithItsDescriptors() {
        var theirs = DescriptorEdits.removeFamily(base, audio.id());
        var mine = DescriptorEdits.replace(base, visit.withText("Visit by video"));

        var merged = clean(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(merged).isEqualTo(DescriptorEdits.removeFamily(mine, audio.id()));
    }

    @Test
    void aFamilyRemovedOnOneSideButGivenACodeOnTheOtherIsKeptWithTheNewCode() {
        var theirs = DescriptorEdits.removeFamily(base, audio.id());
        var added = fresh("9X1X2", "Audio visit, longer");
        var mine = DescriptorEdits.add(base, audio.id(), added);

        var conflict = conflict(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(Codes.byFamily(conflict.resolution())).as("their removal of the unchanged code stands")
                .containsExactly(List.of("9X0X1"), List.of("9X1X2"), List.of("9X2X0"));
        assertThat(conflict.conflicts()).extracting(DescriptorConflict::message).containsExactly(
                "The family \"Audio visits\": they removed it and you changed it; it is kept with your changes.");
    }

    @Test
    void aFamilyOrderChangedOnOneSideIsTaken() {
        var theirs = DescriptorEdits.moveFamily(base, brief.id(), -2);
        var mine = DescriptorEdits.renameFamily(base, video.id(), "Audio-video visits");

        assertThat(Codes.familyNames(clean(DescriptorSetMerge.merge(base, theirs, mine))))
                .containsExactly("Brief communication", "Audio-video visits", "Audio visits");
    }

    @Test
    void familyOrdersChangedDifferentlyAreAConflictResolvedWithMine() {
        var theirs = DescriptorEdits.moveFamily(base, brief.id(), -2);
        var mine = DescriptorEdits.moveFamily(base, video.id(), 1);

        var conflict = conflict(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(conflict.resolution()).isEqualTo(mine);
        assertThat(conflict.conflicts()).containsExactly(new DescriptorConflict(null, null, null,
                "Brief communication\nVideo visits\nAudio visits", "Audio visits\nVideo visits\nBrief communication",
                "Both changed the order of the code families; yours is kept."));
    }

    @Test
    void aDescriptorMovedToAnotherFamilyOnOneSideKeepsTheOtherSidesEdits() {
        var theirs = Sets.families(video.withDescriptors(List.of(visit, call)), audio.withDescriptors(List.of()),
                brief);
        var mine = DescriptorEdits.replace(base, call.withText("Audio-only visit"));

        var merged = clean(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(Codes.byFamily(merged)).containsExactly(List.of("9X0X1", "9X1X1"), List.of(), List.of("9X2X0"));
        assertThat(merged.descriptor(call.id()).orElseThrow().text()).isEqualTo("Audio-only visit");
    }

    @Test
    void aDescriptorBothMovedToDifferentFamiliesStaysWhereIPutIt() {
        var theirs = Sets.families(video.withDescriptors(List.of(visit, call)), audio.withDescriptors(List.of()),
                brief);
        var mine = Sets.families(video, audio.withDescriptors(List.of()), brief.withDescriptors(List.of(call,
                checkIn)));

        var conflict = conflict(DescriptorSetMerge.merge(base, theirs, mine));

        assertThat(conflict.resolution()).isEqualTo(mine);
        assertThat(conflict.conflicts()).containsExactly(new DescriptorConflict(call.id(), brief.id(), null,
                "Video visits", "Brief communication", "9X1X1: both moved it to another family. Theirs: "
                        + "\"Video visits\"; yours: \"Brief communication\"."));
    }

    @Test
    void conflictsComeInTheOrderOfTheResolution() {
        var theirs = DescriptorEdits.replace(DescriptorEdits.renameFamily(DescriptorEdits.moveFamily(base, brief.id(),
                -1), brief.id(), "Brief"), visit.withText("theirs"));
        var mine = DescriptorEdits.replace(DescriptorEdits.renameFamily(DescriptorEdits.moveFamily(base, video.id(),
                2), brief.id(), "Short"), visit.withText("mine"));

        var conflicts = conflict(DescriptorSetMerge.merge(base, theirs, mine)).conflicts();

        assertThat(conflicts).extracting(DescriptorConflict::message).containsExactly(
                "Both changed the order of the code families; yours is kept.",
                "The family \"Brief communication\": both renamed it. Theirs: \"Brief\"; yours: \"Short\".",
                "9X0X1: both changed the text. Theirs: \"theirs\"; yours: \"mine\".");
    }
}
