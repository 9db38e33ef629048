package org.quire.export;

/**
 * What an exported file says it is, on its cover and on every page: STAFF export the workgroup's
 * draft for the Panel; members export working drafts, which must never pass for the former.
 */
public enum ExportMarking {
    FOR_PANEL("Confidential — draft for CPT Editorial Panel consideration"),
    WORKING_DRAFT("Working draft — exported by a workgroup member, not for submission");

    private final String notice;

    ExportMarking(String notice) {
        this.notice = notice;
    }

    /** The words on the cover and in every page's header. */
    public String notice() {
        return notice;
    }
}
