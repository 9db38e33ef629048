package org.quire.api.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.quire.export.ExportFile;
import org.quire.export.ExportFormat;
import org.quire.export.ExportProgress;
import org.quire.export.ExportRequest;
import org.quire.export.Exports;
import org.quire.lifecycle.MilestoneId;
import org.quire.proposal.ProposalId;
import org.quire.shared.InputRejected;
import org.quire.workgroup.WorkgroupService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the Code Change Application and of the workgroup package, written while the request
 * waits. The export service decides who may export (STAFF for the Panel, members working drafts)
 * and audits each export.
 */
@RestController
@Tag(name = "Exports")
class ExportsController {

    private final Exports exports;
    private final WorkgroupService workgroups;
    private final ProposalDocuments documents;

    ExportsController(Exports exports, WorkgroupService workgroups, ProposalDocuments documents) {
        this.exports = exports;
        this.workgroups = workgroups;
        this.documents = documents;
    }

    @GetMapping("/api/v1/proposals/{id}/exports/{format}")
    @Operation(operationId = "exportProposal",
            summary = "The proposal exported as docx, pdf, html or markdown (a ZIP)",
            description = "STAFF export for the Panel; members export working drafts, marked so on every page. "
                    + "404 when there is no such proposal or milestone or you may not read it, 403 when you may "
                    + "read but not export it.",
            responses = @ApiResponse(responseCode = "200", description = "The file, as an attachment",
                    content = @Content(mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> export(@PathVariable String id,
            @Parameter(schema = @Schema(allowableValues = {"docx", "pdf", "html", "markdown"}))
            @PathVariable String format,
            @Parameter(description = "A milestone of the proposal; omit for the current draft")
            @RequestParam(required = false) @Nullable String milestone,
            @Parameter(description = "Append the disposition reports of the comment periods (STAFF)")
            @RequestParam(defaultValue = "false") boolean dispositions) {
        var proposal = new ProposalId(id);
        var chosen = formatNamed(format);
        var milestoneId = milestone == null || milestone.isBlank() ? null : new MilestoneId(milestone);
        // "not found" for outsiders before anything else, whatever the export service checks next
        documents.requireReadable(proposal);
        if (milestoneId != null) {
            documents.requireMilestoneOf(proposal, milestoneId);
        }
        return download(exports.export(new ExportRequest(proposal, milestoneId, chosen, dispositions),
                ExportProgress.NONE));
    }

    @GetMapping("/api/v1/workgroups/{slug}/package")
    @Operation(operationId = "exportWorkgroupPackage",
            summary = "Every proposal of the workgroup at its latest milestone, in one ZIP (STAFF)",
            description = "403 when you are not STAFF of the workgroup, 404 when there is no such workgroup.",
            responses = @ApiResponse(responseCode = "200", description = "The ZIP, as an attachment",
                    content = @Content(mediaType = "application/zip",
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> workgroupPackage(@PathVariable String slug) {
        var workgroup = workgroups.workgroup(slug);
        return download(exports.exportPackage(workgroup.id(), ExportProgress.NONE));
    }

    private static ExportFormat formatNamed(String name) {
        try {
            return ExportFormat.ofPathName(name);
        } catch (IllegalArgumentException unknown) {
            throw new InputRejected(unknown.getMessage());
        }
    }

    private static ResponseEntity<byte[]> download(ExportFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
