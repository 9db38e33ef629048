package org.quire.export;

/**
 * Where a running export has got to, told by the writers as they go; also the place a cancelled
 * export stops: {@link #advance} throws {@link ExportCancelled} once the person has cancelled.
 */
@FunctionalInterface
public interface ExportProgress {

    /** For exports nobody watches. */
    ExportProgress NONE = (done, step) -> {
    };

    /**
     * @param done the share of the work done, 0 to 1
     * @param step what is being written now, in words ("Code descriptors")
     * @throws ExportCancelled when the export was cancelled
     */
    void advance(double done, String step);
}
