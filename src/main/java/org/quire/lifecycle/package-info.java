/**
 * A proposal's way to the CPT Editorial Panel (DESIGN.md section 2, DD012): lifecycle steps with who
 * may take them and what blocks them, milestones that freeze the whole proposal, the workgroup's
 * vote on the milestone under approval, the Panel's meeting calendar with its deadlines, and the
 * Panel's outcomes. The proposal module stores the state; this module decides when it moves.
 */
@NullMarked
package org.quire.lifecycle;

import org.jspecify.annotations.NullMarked;
