package org.quire.revision;

/** The document has no such revision (or no revisions at all). */
public class RevisionNotFound extends RuntimeException {

    public RevisionNotFound(DocumentId document, int number) {
        super("Document " + document + " has no revision " + number);
    }

    public RevisionNotFound(DocumentId document) {
        super("Document " + document + " has no revisions");
    }
}
