package org.quire.workgroup.ui;

import com.vaadin.flow.component.HasComponents;
import org.quire.workgroup.Workgroup;

/**
 * Adds to a workgroup's home (the Panel's deadlines, for one): implemented as a Spring bean by a
 * module that depends on workgroups, so the workgroup module need not know it. Called on the UI
 * thread each time the home is shown, for someone who may open the workgroup.
 */
public interface WorkgroupHomeParts {

    void addTo(HasComponents home, Workgroup workgroup);
}
