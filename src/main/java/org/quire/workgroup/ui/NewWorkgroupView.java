package org.quire.workgroup.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.quire.identity.CurrentPerson;
import org.quire.identity.Person;
import org.quire.shared.InputRejected;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.WorkgroupFounding;

/**
 * Where a Quire administrator creates a workgroup and names its first staff. Everyone else gets the
 * access-refused page (and the attempt is audited).
 */
@Route("admin/workgroups/new")
@PageTitle("New workgroup · Quire")
@PermitAll
class NewWorkgroupView extends VerticalLayout implements BeforeEnterObserver {

    static final String PATH = "admin/workgroups/new";

    private final WorkgroupFounding founding;
    private final CurrentPerson currentPerson;
    private final TextField name = new TextField("Name");
    private final TextField slug = new TextField("Short name");
    private final TextArea description = new TextArea("Description");
    private final ChargeItemsField charge = new ChargeItemsField();
    private final ComboBox<Person> firstStaff = new ComboBox<>("First staff");
    private final ProblemList problems = new ProblemList("new-workgroup-problems");
    private final Paragraph outcome = new Paragraph();
    private boolean slugEdited;

    NewWorkgroupView(WorkgroupFounding founding, CurrentPerson currentPerson) {
        this.founding = founding;
        this.currentPerson = currentPerson;
        addClassName("new-workgroup");
        name.setId("workgroup-name");
        name.setMaxLength(NewWorkgroup.MAX_NAME);
        name.setRequired(true);
        name.addValueChangeListener(e -> {
            if (!slugEdited) {
                slug.setValue(suggestedSlug(e.getValue()));
            }
        });
        slug.setId("workgroup-slug");
        slug.setMaxLength(NewWorkgroup.MAX_SLUG);
        slug.setRequired(true);
        slug.setHelperText(NewWorkgroup.MIN_SLUG + " to " + NewWorkgroup.MAX_SLUG
                + " lower-case letters, digits and hyphens; the workgroup's address: /workgroups/<short name>");
        slug.addValueChangeListener(e -> slugEdited |= e.isFromClient());
        description.setId("workgroup-description");
        description.setMaxLength(NewWorkgroup.MAX_DESCRIPTION);
        description.setHelperText("Markdown; at most " + String.format("%,d", NewWorkgroup.MAX_DESCRIPTION)
                + " characters");
        firstStaff.setId("first-staff");
        firstStaff.setRequired(true);
        firstStaff.setHelperText("Someone who has signed in to Quire; type part of their name or e-mail");
        firstStaff.setItemLabelGenerator(NewWorkgroupView::label);
        firstStaff.setItems(query -> founding.candidates(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        var create = new Button("Create workgroup", e -> create());
        create.setId("create-workgroup");
        create.addThemeVariants(ButtonVariant.PRIMARY);

        outcome.setId("new-workgroup-outcome");
        outcome.getElement().setAttribute("role", "status");
        var fields = new FormLayout(name, slug, description, firstStaff);
        fields.setColspan(description, 2);
        add(new H1("New workgroup"), new Anchor("", "Back to your workgroups"),
                new Paragraph("Name the workgroup, say what it is for and what it is charged with, and choose its "
                        + "first staff: they take in everyone else."),
                outcome, problems, fields, charge, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        founding.requireAllowed();
    }

    private void create() {
        var fieldsFine = check(name, NewWorkgroup.nameProblem(name.getValue()).orElse(null))
                & check(slug, NewWorkgroup.slugProblem(slug.getValue()).orElse(null))
                & check(description, NewWorkgroup.descriptionProblem(description.getValue()).orElse(null))
                & charge.validate();
        firstStaff.setErrorMessage("Choose the first staff.");
        firstStaff.setInvalid(firstStaff.getValue() == null);
        if (!fieldsFine || firstStaff.getValue() == null) {
            problems.show(List.of("Some fields need attention: see the messages beside them."));
            return;
        }
        problems.show(List.of());
        outcome.setText("");
        try {
            var staff = firstStaff.getValue();
            var created = founding.create(new NewWorkgroup(slug.getValue(), name.getValue().strip(),
                    description.getValue(), charge.values()), staff.key());
            if (staff.key().equals(currentPerson.require().key())) {
                getUI().ifPresent(ui -> ui.navigate(WorkgroupHomeView.path(created)));
            } else {
                // An administrator has no role in a workgroup they only created, so its home would refuse them.
                outcome.setText("Created " + created.name() + " at /" + WorkgroupHomeView.path(created) + " with "
                        + staff.name() + " as its staff. You have no role in it yourself.");
                clearForm();
            }
        } catch (InputRejected rejected) {
            check(slug, rejected.problems().contains(NewWorkgroup.slugTaken(slug.getValue()))
                    ? NewWorkgroup.slugTaken(slug.getValue()) : null);
            check(name, rejected.problems().contains(NewWorkgroup.nameTaken(name.getValue().strip()))
                    ? NewWorkgroup.nameTaken(name.getValue().strip()) : null);
            problems.show(rejected.problems());
        }
    }

    private void clearForm() {
        name.clear();
        slug.clear();
        slugEdited = false;
        description.clear();
        firstStaff.clear();
        firstStaff.setInvalid(false);
        charge.reset();
    }

    private static boolean check(HasValidation field, @Nullable String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(problem != null);
        return problem == null;
    }

    static String suggestedSlug(String name) {
        var slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > NewWorkgroup.MAX_SLUG ? slug.substring(0, NewWorkgroup.MAX_SLUG).replaceAll("-+$", "")
                : slug;
    }

    private static String label(Person person) {
        var label = new StringBuilder(person.name());
        if (person.email() != null) {
            label.append(" <").append(person.email()).append('>');
        }
        if (person.organization() != null && !person.organization().isBlank()) {
            label.append(" · ").append(person.organization());
        }
        return label.toString();
    }
}
