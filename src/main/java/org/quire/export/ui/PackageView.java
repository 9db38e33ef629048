package org.quire.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.quire.export.Exports;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupService;

/** The workgroup package (STAFF): every proposal at its latest milestone, in one ZIP. */
@Route("workgroups/:slug/export")
@PermitAll
class PackageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Exports exports;
    private final WorkgroupService workgroups;
    private final Button start = new Button("Export the workgroup package");
    private final Div running = new Div();
    private String title = "Workgroup package · Quire";
    private @Nullable Workgroup shown;

    PackageView(Exports exports, WorkgroupService workgroups) {
        this.exports = exports;
        this.workgroups = workgroups;
        addClassName("export-page");
        start.setId("package-start");
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClickListener(click -> start());
        running.setId("export-running");
    }

    static String path(Workgroup workgroup) {
        return "workgroups/" + workgroup.slug() + "/export";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var workgroup = workgroups.workgroup(event.getRouteParameters().get("slug").orElse(""));
        if (!exports.mayExportPackage(workgroup.id())) {
            throw new AccessRefused("Only the workgroup's staff export the workgroup package.");
        }
        shown = workgroup;
        title = "Workgroup package · " + workgroup.name() + " · Quire";
        removeAll();
        add(new Anchor("workgroups/" + workgroup.slug(), "← " + workgroup.name()), new H1("Workgroup package"),
                new Paragraph("One ZIP with every proposal of the workgroup at its latest milestone: a Word "
                        + "document, a PDF, a web page and the Markdown files of each, and package.json listing "
                        + "them. Proposals without a milestone are listed as left out."), start, running);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void start() {
        var workgroup = shown;
        if (workgroup == null) {
            return;
        }
        start.setEnabled(false);
        running.removeAll();
        running.add(new ExportRun(getUI().orElseThrow(), progress -> exports.exportPackage(workgroup.id(), progress),
                () -> start.setEnabled(true)));
    }
}
