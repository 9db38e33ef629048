/**
 * The workgroup pages: home, members, participation requests, audit log. Package-private views;
 * the public {@link org.quire.workgroup.ui.WorkgroupHomeParts} lets modules that depend on
 * workgroups add to the home without the workgroup module knowing them, hence the named interface.
 */
@NullMarked
@NamedInterface("ui")
package org.quire.workgroup.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
