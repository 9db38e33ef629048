package org.quire.export.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportFormat;
import org.quire.export.ExportProgress;

/** Lays a Code Change Application out as one format. Pure: reads nothing but what it is given. */
public interface ApplicationWriter {

    ExportFormat format();

    /**
     * Writes the whole file to {@code out} (left open), telling {@code progress} as it goes.
     *
     * @throws org.quire.export.ExportCancelled from {@code progress} when the export was cancelled
     */
    void write(CodeChangeApplication application, OutputStream out, ExportProgress progress) throws IOException;
}
