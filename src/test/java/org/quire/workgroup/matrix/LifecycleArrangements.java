package org.quire.workgroup.matrix;

/** Brings a fixture's proposal under workgroup approval to where STAFF may submit it. */
final class LifecycleArrangements {

    private LifecycleArrangements() {
    }

    /** The vote approved and a Panel meeting targeted whose deadline is still ahead; made once per fixture. */
    static void readyForSubmission(Fixture fixture) {
        // filled in when votes and Panel meetings are merged
    }
}
