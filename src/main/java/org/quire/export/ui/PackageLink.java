package org.quire.export.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import org.quire.export.Exports;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.ui.WorkgroupHomeParts;
import org.springframework.stereotype.Component;

/** On the workgroup's home, for its staff: the way to the workgroup package. */
@Component
class PackageLink implements WorkgroupHomeParts {

    private final Exports exports;

    PackageLink(Exports exports) {
        this.exports = exports;
    }

    @Override
    public void addTo(HasComponents home, Workgroup workgroup) {
        if (exports.mayExportPackage(workgroup.id())) {
            var link = new Anchor(PackageView.path(workgroup), "Export the workgroup package");
            link.setId("package-link");
            home.add(link);
        }
    }
}
