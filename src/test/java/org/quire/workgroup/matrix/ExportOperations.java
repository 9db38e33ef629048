package org.quire.workgroup.matrix;

import static org.quire.workgroup.matrix.Operation.of;
import static org.quire.workgroup.matrix.Persona.MEMBER;
import static org.quire.workgroup.matrix.Persona.OBSERVER;
import static org.quire.workgroup.matrix.Persona.STAFF;

import java.util.List;

import org.quire.export.ExportFormat;
import org.quire.export.ExportProgress;
import org.quire.export.ExportRequest;
import org.quire.export.Exports;

/** Export operations (DD013): STAFF export for the Panel, members working drafts; the package is STAFF's. */
final class ExportOperations {

    private static final Persona[] READERS = {STAFF, MEMBER, OBSERVER};

    private ExportOperations() {
    }

    static List<Operation> all() {
        return List.of(
                of("Exports.mayExport(ProposalId)", f -> f.bean(Exports.class).mayExport(f.proposal().id()), READERS),
                of("Exports.marking(ProposalId)", f -> f.bean(Exports.class).marking(f.proposal().id()), STAFF,
                        MEMBER),
                of("Exports.mayAddDispositions(ProposalId)", f -> f.bean(Exports.class)
                        .mayAddDispositions(f.proposal().id()), READERS),
                of("Exports.prepare(ExportRequest)", f -> f.bean(Exports.class).prepare(request(f, false)), STAFF,
                        MEMBER),
                of("Exports.export(ExportRequest, ExportProgress)", f -> f.bean(Exports.class)
                        .export(request(f, true), ExportProgress.NONE), STAFF),
                Operation.forEveryone("Exports.mayExportPackage(WorkgroupId)", f -> f.bean(Exports.class)
                        .mayExportPackage(f.workgroup().id())),
                of("Exports.exportPackage(WorkgroupId, ExportProgress)", f -> f.bean(Exports.class)
                        .exportPackage(f.workgroup().id(), ExportProgress.NONE), STAFF));
    }

    /** The current draft as Markdown (the quickest format); with the dispositions, only STAFF may. */
    private static ExportRequest request(Fixture fixture, boolean withDispositions) {
        return new ExportRequest(fixture.proposal().id(), null, ExportFormat.MARKDOWN_ZIP, withDispositions);
    }
}
