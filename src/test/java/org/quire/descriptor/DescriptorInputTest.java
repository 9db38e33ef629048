package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.quire.shared.InputRejected;

/** Input beyond the stated limits is refused with messages; anything within them is held as given. */
class DescriptorInputTest {

    private static InputRejected rejected(Runnable construction) {
        var thrown = catchThrowableOfType(InputRejected.class, construction::run);
        assertThat(thrown).as("refused with InputRejected").isNotNull();
        return thrown;
    }

    @Test
    void everyTooLongFieldIsReportedAtOnceNamingTheDescriptor() {
        var problem = rejected(() -> new Descriptor(DescriptorId.random(), "9X0X1", DescriptorAction.REVISED, null,
                "a".repeat(1_001), "b".repeat(1_200), Set.of(), List.of("c".repeat(501))));

        assertThat(problem.problems()).containsExactly(
                "Descriptor 9X0X1: the text has 1,001 characters; at most 1,000 are allowed.",
                "Descriptor 9X0X1: the current text has 1,200 characters; at most 1,000 are allowed.",
                "Descriptor 9X0X1: note 1 has 501 characters; at most 500 are allowed.");
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        var descriptor = new Descriptor(DescriptorId.random(), "9X0X1XXXXX", DescriptorAction.REVISED, null,
                "a".repeat(1_000), "b".repeat(1_000), Set.of(),
                Collections.nCopies(DescriptorLimits.MAX_NOTES_PER_DESCRIPTOR, "c".repeat(500)));

        assertThat(descriptor.text()).hasSize(1_000);
        assertThat(descriptor.notes()).hasSize(20);
    }

    @Test
    void aTooLongCodeIsNamedByPositionNotRepeated() {
        var problem = rejected(() -> Descriptor.of("9X0X1-and-more", DescriptorAction.NEW, "text"));

        assertThat(problem.problems()).containsExactly(
                "A descriptor: the code has 14 characters; at most 10 are allowed.");
    }

    @Test
    void tooManyNotesAreRefused() {
        var problem = rejected(() -> Sets.fresh("9X0X1", "text").withNotes(Collections.nCopies(21, "note")));

        assertThat(problem.problems()).containsExactly("Descriptor 9X0X1 has 21 notes; at most 20 are allowed.");
    }

    @Test
    void whatAFormOrDocumentLeftOutIsAMessageNotANullPointer() {
        var problem = rejected(() -> new Descriptor(null, null, null, null, null, null, null, null));

        assertThat(problem.problems()).containsExactly("A descriptor has no id.",
                "A descriptor has no action: choose new, revised, deleted or unchanged.");
        var lenient = new Descriptor(DescriptorId.random(), null, DescriptorAction.NEW, null, null, null, null,
                Collections.singletonList(null));
        assertThat(lenient.code()).isEmpty();
        assertThat(lenient.flags()).isEmpty();
        assertThat(lenient.notes()).isEmpty();
        assertThat(rejected(() -> new CodeFamily(null, null, null)).problems())
                .containsExactly("A code family has no id.");
        assertThat(new DescriptorSet(null, null).families()).isEmpty();
    }

    @Test
    void invisibleControlCharactersAndHalfCharacterPairsAreRefused() {
        assertThat(rejected(() -> Sets.fresh("9X0X1", "visit\u0000by video")).problems())
                .containsExactly("Descriptor 9X0X1: the text contains an invalid character at position 6; remove it.");
        assertThat(rejected(() -> Sets.fresh("9X0X1", "visit \uD83D")).problems())
                .containsExactly("Descriptor 9X0X1: the text contains an invalid character at position 7; remove it.");
        assertThat(Sets.fresh("9X0X1", "visit\tby\nvideo 📞").text()).isEqualTo("visit\tby\nvideo 📞");
    }

    @Test
    void idsAreLettersDigitsAndDashesOnlySoTheyAreSafeInPagesAndAddresses() {
        assertThat(rejected(() -> new DescriptorId("a\"><script>")).problems())
                .containsExactly("A descriptor id must be 1 to 64 letters, digits, '-' or '_'.");
        assertThat(rejected(() -> new DescriptorId("")).problems()).hasSize(1);
        assertThat(rejected(() -> new CodeFamilyId("x".repeat(65))).problems())
                .containsExactly("A code family id must be 1 to 64 letters, digits, '-' or '_'.");
        assertThat(new DescriptorId("demo-9x0x1_2").value()).isEqualTo("demo-9x0x1_2");
    }

    @Test
    void codesAndTextsAreStrippedAndNotesLoseTheirEnclosingParentheses() {
        var descriptor = Sets.fresh(" 9X0X1 ", "  visit  ").withNotes(List.of("(For x, see 9X0X2)", "  ",
                "(a) and (b)", "(outer (inner) text)", "plain"));

        assertThat(descriptor.code()).isEqualTo("9X0X1");
        assertThat(descriptor.text()).isEqualTo("visit");
        assertThat(descriptor.notes()).containsExactly("For x, see 9X0X2", "(a) and (b)", "outer (inner) text",
                "plain");
    }

    @Test
    void aSetHoldsAtMostFiveHundredDescriptorsAndFiftyFamilies() {
        var many = IntStream.range(0, 501).mapToObj(i -> Sets.fresh("9X" + i, "text")).toList();
        assertThat(rejected(() -> Sets.of(many.toArray(Descriptor[]::new))).problems())
                .containsExactly("The set has 501 descriptors; at most 500 are allowed. Split the proposal.");
        assertThat(Sets.of(many.subList(0, 500).toArray(Descriptor[]::new)).descriptors()).hasSize(500);

        var families = IntStream.range(0, 51).mapToObj(i -> CodeFamily.of("F" + i, List.of())).toList();
        assertThat(rejected(() -> new DescriptorSet(families, Set.of())).problems())
                .containsExactly("The set has 51 code families; at most 50 are allowed.");
    }

    @Test
    void externalCodesMustBeCodesAndAreKeptSorted() {
        var set = new DescriptorSet(List.of(), Set.of("99215", " 99202 ", "0123T", ""));
        assertThat(set.externalCodes()).containsExactly("0123T", "99202", "99215");

        assertThat(rejected(() -> new DescriptorSet(List.of(), Set.of("9920", "<b>"))).problems())
                .containsExactlyInAnyOrder(
                        "The external code \"9920\" is not a CPT code or placeholder (for example 99202, 0123T, "
                                + "1234F, 0001U or 9X0X1).",
                        "The external code \"<b>\" is not a CPT code or placeholder (for example 99202, 0123T, "
                                + "1234F, 0001U or 9X0X1).");
        var tooMany = new ArrayList<String>();
        IntStream.range(0, 501).forEach(i -> tooMany.add(String.format("9%04d", i)));
        assertThat(rejected(() -> new DescriptorSet(List.of(), Set.copyOf(tooMany))).problems())
                .containsExactly("The set marks 501 codes as external; at most 500 are allowed.");
    }

    @Test
    void aRepeatedIdMeansADamagedDocumentAndIsRefused() {
        var one = Sets.fresh("9X0X1", "text");
        var twin = Sets.fresh("9X0X2", "text");
        twin = new Descriptor(one.id(), twin.code(), twin.action(), null, twin.text(), "", Set.of(), List.of());
        var family = CodeFamily.of("A", List.of(one));
        var copy = new CodeFamily(family.id(), "B", List.of(twin));

        assertThat(rejected(() -> Sets.families(family, copy)).problems()).containsExactly(
                "Two code families share the id " + family.id() + ".",
                "Descriptors 9X0X1 and 9X0X2 share the id " + one.id() + ".");
    }

    @Test
    void theSetFindsDescriptorsAndTheirFamilies() {
        var parent = Sets.fresh("9X0X1", Sets.PARENT_TEXT);
        var set = Sets.of(parent).withExternalCodes(Set.of("99202"));

        assertThat(set.descriptor(parent.id())).contains(parent);
        assertThat(set.familyOf(parent.id())).map(CodeFamily::name).contains("Telemedicine visits");
        assertThat(set.descriptor(DescriptorId.random())).isEmpty();
        assertThat(set.knows("9X0X1")).isTrue();
        assertThat(set.knows("99202")).isTrue();
        assertThat(set.knows("99203")).isFalse();
    }
}
