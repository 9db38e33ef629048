package org.quire.export;

/** Thrown out of an export's progress report when the person cancelled it; nothing is written or audited. */
public class ExportCancelled extends RuntimeException {

    public ExportCancelled() {
        super("The export was cancelled.");
    }
}
