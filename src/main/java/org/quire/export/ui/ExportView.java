package org.quire.export.ui;

import java.util.ArrayList;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.quire.export.ExportFormat;
import org.quire.export.ExportMarking;
import org.quire.export.ExportRequest;
import org.quire.export.Exports;
import org.quire.lifecycle.Milestone;
import org.quire.lifecycle.MilestoneId;
import org.quire.lifecycle.Milestones;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;

/**
 * Exporting one proposal: which milestone (or the current draft), which format, whether to add the
 * disposition report; then the export runs with its progress and can be cancelled. A milestone can
 * be chosen in the address ({@code ?milestone=<id>}), so a link or a bookmark can name one.
 */
@Route("proposals/:id/export")
@PermitAll
class ExportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Source CURRENT = new Source(null, "Current draft (as readers see it now)");

    private final Exports exports;
    private final ProposalService proposals;
    private final Milestones milestones;
    private final Select<Source> source = new Select<>();
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>("Format");
    private final Checkbox dispositions = new Checkbox(
            "Add the disposition report of each comment period as an appendix");
    private final Button start = new Button("Export");
    private final Div running = new Div();
    private String title = "Export · Quire";
    private ProposalId shown = new ProposalId("");

    ExportView(Exports exports, ProposalService proposals, Milestones milestones) {
        this.exports = exports;
        this.proposals = proposals;
        this.milestones = milestones;
        addClassName("export-page");
        source.setLabel("What to export");
        source.setId("export-source");
        source.setItemLabelGenerator(Source::label);
        format.setId("export-format");
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(ExportFormat::label);
        format.setValue(ExportFormat.DOCX);
        dispositions.setId("export-dispositions");
        start.setId("export-start");
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        start.getElement().setAttribute("title", "Export (Ctrl+Enter)");
        start.addClickListener(click -> start(shown));
        running.setId("export-running");
    }

    static String path(ProposalId id) {
        return "proposals/" + id.value() + "/export";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = new ProposalId(event.getRouteParameters().get("id").orElse(""));
        var wanted = event.getLocation().getQueryParameters().getSingleParameter("milestone").orElse("");
        show(proposals.get(id), wanted);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Proposal proposal, String wantedMilestone) {
        title = "Export · " + proposal.number() + " · Quire";
        removeAll();
        add(new Anchor("proposals/" + proposal.id().value(), "← " + proposal.number() + " " + proposal.title()),
                new H1("Export " + proposal.number()));
        var marking = exports.marking(proposal.id());
        var notice = new Paragraph(marking == ExportMarking.FOR_PANEL
                ? "The files say \"" + marking.notice() + "\" on the cover and on every page."
                : "You export as a workgroup member: the files say \"" + marking.notice()
                        + "\" on the cover and on every page. Staff export the workgroup's draft for the Panel.");
        notice.setId("export-marking");
        notice.addClassName("export-marking");
        var sources = new ArrayList<Source>();
        sources.add(CURRENT);
        milestones.list(proposal.id()).reversed().forEach(milestone -> sources.add(Source.of(milestone)));
        source.setItems(sources);
        source.setValue(sources.stream().filter(s -> s.id() != null && s.id().equals(wantedMilestone)).findFirst()
                .orElse(sources.size() > 1 ? sources.get(1) : CURRENT));
        var form = new Div(source, format);
        form.addClassName("export-form");
        add(notice, form);
        if (exports.mayAddDispositions(proposal.id())) {
            form.add(dispositions);
        }
        shown = proposal.id();
        add(start, running);
    }

    private void start(ProposalId id) {
        var chosen = source.getValue();
        // the box is on the page only for those who may add the appendix
        var milestone = chosen == null || chosen.id() == null ? null : new MilestoneId(chosen.id());
        var request = new ExportRequest(id, milestone, format.getValue(),
                dispositions.isAttached() && dispositions.getValue());
        start.setEnabled(false);
        running.removeAll();
        running.add(new ExportRun(getUI().orElseThrow(), progress -> exports.export(request, progress),
                () -> start.setEnabled(true)));
    }

    /** A choice of what to export: a milestone by id, or the current draft ({@code id} null). */
    record Source(@Nullable String id, String label) {

        static Source of(Milestone milestone) {
            return new Source(milestone.id().value(), milestone.name());
        }
    }
}
