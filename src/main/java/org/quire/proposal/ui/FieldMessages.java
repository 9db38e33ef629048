package org.quire.proposal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.HasValidationProperties;
import org.quire.descriptor.Severity;
import org.quire.descriptor.ValidationProblem;

/**
 * Puts what is wrong with a field next to it: refused input and errors as the field's own error
 * message (marked invalid, announced with the field), warnings in a visible warning style under it
 * with the convention they come from. The fields must validate manually ({@code setManualValidation}),
 * so that Vaadin's own checks never clear these marks.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    /** The help shown under the field, alone or above its warnings. */
    static <F extends Component & HasValidationProperties & HasHelper> void help(F field, String help) {
        if (new Help(help).equals(ComponentUtil.getData(field, Help.class))) {
            return;
        }
        ComponentUtil.setData(field, Help.class, new Help(help));
        var shown = ComponentUtil.getData(field, Shown.class);
        ComponentUtil.setData(field, Shown.class, null);
        show(field, shown == null ? new Shown(List.of(), List.of(), List.of()) : shown);
    }

    static <F extends Component & HasValidationProperties & HasHelper> void show(F field, List<String> refused,
            List<ValidationProblem> problems) {
        var errors = new ArrayList<String>(refused);
        if (refused.isEmpty()) {
            problems.stream().filter(p -> p.severity() == Severity.ERROR).map(ValidationProblem::message)
                    .forEach(errors::add);
        }
        var warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
        show(field, new Shown(List.copyOf(errors), warnings,
                problems.stream().map(ValidationProblem::ruleId).distinct().toList()));
    }

    private static <F extends Component & HasValidationProperties & HasHelper> void show(F field, Shown shown) {
        if (shown.equals(ComponentUtil.getData(field, Shown.class))) {
            return;
        }
        ComponentUtil.setData(field, Shown.class, shown);
        var errors = shown.errors();
        field.setInvalid(!errors.isEmpty());
        field.setErrorMessage(errors.isEmpty() ? null : String.join(" ", errors));
        // the rules shown, for tests and for styling; the messages themselves say everything
        if (shown.rules().isEmpty()) {
            field.getElement().removeAttribute("data-rules");
        } else {
            field.getElement().setAttribute("data-rules", String.join(" ", shown.rules()));
        }
        var help = Objects.requireNonNullElse(ComponentUtil.getData(field, Help.class), new Help("")).text();
        if (shown.warnings().isEmpty()) {
            field.setHelperComponent(null);
            field.setHelperText(help.isEmpty() ? null : help);
            return;
        }
        var helper = new Div();
        helper.addClassName("field-help");
        if (!help.isEmpty()) {
            helper.add(new Span(help));
        }
        shown.warnings().forEach(warning -> helper.add(warning(warning)));
        field.setHelperComponent(helper);
    }

    /** A warning: the message, and the convention it comes from in smaller type. */
    static Div warning(ValidationProblem problem) {
        var message = new Span("Warning: " + problem.message());
        var convention = new Span("Convention: " + problem.rule().convention());
        convention.addClassName("convention");
        var warning = new Div(message, convention);
        warning.addClassName("field-warning");
        warning.getElement().setAttribute("data-rule", problem.ruleId());
        return warning;
    }

    private record Help(String text) {
    }

    private record Shown(List<String> errors, List<ValidationProblem> warnings, List<String> rules) {
    }
}
