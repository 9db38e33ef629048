package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.descriptor.DescriptorChange.Kind.ADDED;
import static org.quire.descriptor.DescriptorChange.Kind.CHANGED;
import static org.quire.descriptor.DescriptorChange.Kind.REMOVED;
import static org.quire.descriptor.Sets.childOf;
import static org.quire.descriptor.Sets.fresh;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quire.descriptor.DescriptorChange.FieldChange;

/** Changes per descriptor and family, paired by id, as a person reads them. */
class DescriptorSetDiffTest {

    private final Descriptor visit = fresh("9X0X1", "Telemedicine visit; brief");
    private final Descriptor longer = childOf(visit, "9X0X2", "moderate");
    private final Descriptor call = fresh("9X0X5", "Telephone call");
    private final Descriptor checkIn = fresh("9X0X6", "Brief check-in");
    private final Descriptor prolonged = fresh("9X0X7", "Prolonged visit");
    private final DescriptorSet set = Sets.of(visit, longer, call, checkIn, prolonged);

    private static DescriptorChange only(DescriptorSetDiff diff) {
        assertThat(diff.descriptors()).hasSize(1);
        return diff.descriptors().getFirst();
    }

    @Test
    void identicalSetsDifferInNothing() {
        assertThat(DescriptorSetDiff.between(set, set).isEmpty()).isTrue();
        var demo = DemoDescriptors.telemedicine();
        assertThat(DescriptorSetDiff.between(demo, DemoDescriptors.telemedicine()).isEmpty()).isTrue();
    }

    @Test
    void anAddedDescriptorIsListedAndDoesNotMakeTheFollowingOnesLookMoved() {
        var added = fresh("9X0X3", "Video check-in");
        var family = set.families().getFirst();
        var edited = set.withFamilies(List.of(family.withDescriptors(List.of(visit, longer, added, call, checkIn,
                prolonged))));

        var change = only(DescriptorSetDiff.between(set, edited));

        assertThat(change.kind()).isEqualTo(ADDED);
        assertThat(change.id()).isEqualTo(added.id());
        assertThat(change.before()).isNull();
        assertThat(change.after()).isEqualTo(added);
        assertThat(change.moved()).isFalse();
        assertThat(change.fields()).isEmpty();
    }

    @Test
    void aRemovedDescriptorIsListedWhereItStoodAndDoesNotMakeOthersLookMoved() {
        var edited = DescriptorEdits.replace(DescriptorEdits.remove(set, call.id()),
                prolonged.withText("Longer visit"));

        var diff = DescriptorSetDiff.between(set, edited);

        assertThat(diff.descriptors()).extracting(DescriptorChange::kind).containsExactly(REMOVED, CHANGED);
        var removed = diff.descriptors().getFirst();
        assertThat(removed.before()).isEqualTo(call);
        assertThat(removed.after()).isNull();
        assertThat(diff.descriptors().get(1).moved()).isFalse();
    }

    @Test
    void aRenamedPlaceholderIsOneDescriptorWithAChangedCode() {
        var edited = DescriptorEdits.renameCode(set, call.id(), "9X0X4");

        var change = only(DescriptorSetDiff.between(set, edited));

        assertThat(change.kind()).isEqualTo(CHANGED);
        assertThat(change.fields()).containsExactly(new FieldChange(DescriptorField.CODE, "9X0X5", "9X0X4"));
        assertThat(change.moved()).isFalse();
    }

    @Test
    void eachChangedFieldIsListedInFieldOrderAsAPersonReadsIt() {
        var changed = call.withAction(DescriptorAction.REVISED).withParent(visit.id()).withText("by telephone")
                .withCurrentText("Telephone call").withFlags(EnumSet.of(DescriptorFlag.ADD_ON,
                        DescriptorFlag.AUDIO_ONLY))
                .withNotes(List.of("Not with 9X0X1", "Not with 9X0X6"));

        var change = only(DescriptorSetDiff.between(set, DescriptorEdits.replace(set, changed)));

        assertThat(change.fields()).containsExactly(
                new FieldChange(DescriptorField.ACTION, "new code", "revised code"),
                new FieldChange(DescriptorField.PARENT, "(none)", "9X0X1"),
                new FieldChange(DescriptorField.TEXT, "Telephone call", "by telephone"),
                new FieldChange(DescriptorField.CURRENT_TEXT, "", "Telephone call"),
                new FieldChange(DescriptorField.FLAGS, "(none)", "add-on code, audio-only telemedicine, modifier 93"),
                new FieldChange(DescriptorField.NOTES, "", "Not with 9X0X1\nNot with 9X0X6"));
        assertThat(change.before()).isEqualTo(call);
        assertThat(change.after()).isEqualTo(changed);
    }

    @Test
    void aTextChangeGivesItsWordMarkup() {
        var edited = DescriptorEdits.replace(set, call.withText("Telephone or video call"));

        var markup = only(DescriptorSetDiff.between(set, edited)).fields().getFirst().markup();

        assertThat(markup.currentText()).isEqualTo("Telephone call");
        assertThat(markup.proposedText()).isEqualTo("Telephone or video call");
        assertThat(markup.runs()).extracting(ChangeMarkup.Run::kind).contains(ChangeMarkup.Kind.INSERTED);
    }

    @Test
    void theParentReadsAsTheCodeOfEachVersion() {
        var unindented = DescriptorEdits.replace(set, longer.withParent(null));

        assertThat(only(DescriptorSetDiff.between(set, unindented)).fields())
                .containsExactly(new FieldChange(DescriptorField.PARENT, "9X0X1", "(none)"));
        var parentRenamed = DescriptorEdits.renameCode(set, visit.id(), "9X0X9");
        assertThat(only(DescriptorSetDiff.between(set, parentRenamed)).id())
                .as("renaming the parent is not a change of its child").isEqualTo(visit.id());
    }

    @Test
    void onlyTheDescriptorAPersonMovedIsMarkedMoved() {
        var moved = DescriptorEdits.move(set, prolonged.id(), -2);

        var change = only(DescriptorSetDiff.between(set, moved));

        assertThat(change.id()).isEqualTo(prolonged.id());
        assertThat(change.kind()).isEqualTo(CHANGED);
        assertThat(change.moved()).isTrue();
        assertThat(change.fields()).isEmpty();
    }

    @Test
    void aDescriptorMovedToAnotherFamilyIsMarkedMovedEvenAtTheSamePlace() {
        var other = CodeFamily.of("Brief communication", List.of(fresh("9X2X0", "Check-in")));
        var before = Sets.families(set.families().getFirst(), other);
        var first = before.families().getFirst();
        var after = Sets.families(first.withDescriptors(List.of(visit, longer, call, checkIn)),
                other.withDescriptors(List.of(other.descriptors().getFirst(), prolonged)));

        var change = only(DescriptorSetDiff.between(before, after));

        assertThat(change.id()).isEqualTo(prolonged.id());
        assertThat(change.moved()).isTrue();
    }

    @Test
    void changesComeInTheOrderOfTheNewerSetWithRemovedOnesWhereTheyStood() {
        var edited = DescriptorEdits.replace(DescriptorEdits.remove(set, call.id()), visit.withText("Visit; brief"));
        edited = DescriptorEdits.add(edited, edited.families().getFirst().id(), fresh("9X0X8", "Group visit"));

        assertThat(DescriptorSetDiff.between(set, edited).descriptors())
                .extracting(change -> change.kind() + " " + (change.after() == null ? change.before() : change.after())
                        .code())
                .containsExactly("CHANGED 9X0X1", "REMOVED 9X0X5", "ADDED 9X0X8");
    }

    @Test
    void familiesAddedRemovedRenamedAndMovedAreListed() {
        var first = set.families().getFirst();
        var second = CodeFamily.of("Brief communication", List.of());
        var third = CodeFamily.of("Audio-only visits", List.of());
        var fourth = CodeFamily.of("Prolonged time", List.of());
        var before = Sets.families(first, second, third, fourth);
        var added = CodeFamily.of("Group visits", List.of());
        var after = Sets.families(fourth, first.withName("Video visits"), third, added);

        var families = DescriptorSetDiff.between(before, after).families();

        assertThat(families).containsExactly(
                new FamilyChange(fourth.id(), CHANGED, "Prolonged time", "Prolonged time", true),
                new FamilyChange(first.id(), CHANGED, "Telemedicine visits", "Video visits", false),
                new FamilyChange(second.id(), REMOVED, "Brief communication", null, false),
                new FamilyChange(added.id(), ADDED, null, "Group visits", false));
    }

    @Test
    void theDescriptorsOfAnAddedOrRemovedFamilyAreAddedOrRemoved() {
        var other = CodeFamily.of("Brief communication", List.of(fresh("9X2X0", "Check-in")));
        var withOther = DescriptorEdits.addFamily(set, other);

        assertThat(DescriptorSetDiff.between(set, withOther).descriptors()).extracting(DescriptorChange::kind)
                .containsExactly(ADDED);
        assertThat(DescriptorSetDiff.between(withOther, set).descriptors()).extracting(DescriptorChange::kind)
                .containsExactly(REMOVED);
    }

    @Test
    void externalCodesAddedAndRemovedAreListedSorted() {
        var before = set.withExternalCodes(Set.of("99212", "99202"));
        var after = set.withExternalCodes(Set.of("99215", "99205", "99202"));

        var diff = DescriptorSetDiff.between(before, after);

        assertThat(diff.externalCodesAdded()).containsExactly("99205", "99215");
        assertThat(diff.externalCodesRemoved()).containsExactly("99212");
        assertThat(diff.descriptors()).isEmpty();
        assertThat(diff.isEmpty()).isFalse();
    }
}
