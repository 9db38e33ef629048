/**
 * Workgroups, their members and roles, and the access policy every service asks before it acts:
 * "may this person do this to this object of this workgroup?", answered from the current
 * membership records on every call.
 */
@NullMarked
package org.quire.workgroup;

import org.jspecify.annotations.NullMarked;
