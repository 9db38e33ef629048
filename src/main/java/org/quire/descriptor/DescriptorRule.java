package org.quire.descriptor;

import static org.quire.descriptor.Severity.ERROR;
import static org.quire.descriptor.Severity.WARNING;

/**
 * The CPT conventions a descriptor set is checked against (DESIGN.md section 5), each with a stable
 * id that tests, forms and stored review results may refer to. docs/decisions/DD009 lists them.
 */
public enum DescriptorRule {

    CODE_FORMAT("code-format", ERROR, "A code is a Category I, II, III or PLA code or a placeholder."),
    CATEGORY_III_LEADING_ZERO("category-iii-leading-zero", WARNING, "A Category III code starts with 0."),
    DUPLICATE_CODE("duplicate-code", ERROR, "A code appears once in a set."),
    MISSING_TEXT("missing-text", ERROR, "A new, revised or unchanged code has descriptor text."),
    MISSING_CURRENT_TEXT("missing-current-text", ERROR, "A revised or deleted code has its current text."),
    REVISED_WITHOUT_CHANGE("revised-without-change", ERROR, "A revised descriptor differs from its current text."),
    NEW_WITH_DELETIONS("new-with-deletions", ERROR,
            "A new code has no current text and no struck text, so it carries no deletions."),
    UNCHANGED_WITH_CURRENT_TEXT("unchanged-with-current-text", ERROR,
            "An unchanged code has no separate current text."),
    DELETED_WITH_TEXT("deleted-with-text", ERROR, "A deleted code has no proposed text."),
    HAND_TYPED_MARKUP("hand-typed-markup", ERROR, "Change markup is computed, never typed."),
    PARENT_WITHOUT_SEMICOLON("parent-without-semicolon", ERROR, "A code with indented children has a semicolon."),
    UNKNOWN_PARENT("unknown-parent", ERROR, "An indented code's parent is in the set."),
    NESTED_CHILD("nested-child", ERROR, "Codes are indented one level, under a code that is not itself indented."),
    CHILD_OUTSIDE_FAMILY("child-outside-family", ERROR, "An indented code is in its parent's family."),
    CHILD_BEFORE_PARENT("child-before-parent", ERROR, "An indented code comes after its parent."),
    CHILD_SEPARATED_FROM_PARENT("child-separated-from-parent", ERROR,
            "An indented code follows its parent or the parent's other indented codes directly."),
    CHILD_REPEATS_PARENT("child-repeats-parent", ERROR,
            "An indented code's text does not repeat the parent's text before the semicolon."),
    ADD_ON_WORDING("add-on-wording", WARNING,
            "An add-on descriptor ends with \"" + DescriptorRule.ADD_ON_PHRASE + "\"."),
    DELETED_WITHOUT_NOTE("deleted-without-note", ERROR,
            "A deleted code has its note \"(xxxxx has been deleted. To report, see ...)\"."),
    UNKNOWN_CODE_REFERENCE("unknown-code-reference", ERROR,
            "A code that a text or note refers to is in the set or marked external."),
    FAMILY_WITHOUT_NAME("family-without-name", ERROR, "A code family has a name.");

    /** CPT's wording at the end of an add-on descriptor. */
    public static final String ADD_ON_PHRASE = "(List separately in addition to code for primary procedure)";

    private final String id;
    private final Severity severity;
    private final String convention;

    DescriptorRule(String id, Severity severity, String convention) {
        this.id = id;
        this.severity = severity;
        this.convention = convention;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** The convention in one sentence, as a form's help text or the design note lists it. */
    public String convention() {
        return convention;
    }
}
