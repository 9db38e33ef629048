package org.quire.comment.internal;

import java.time.Instant;
import java.util.List;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.comment.AnchorState;
import org.quire.comment.Comment;
import org.quire.comment.CommentId;
import org.quire.comment.CommentThread;
import org.quire.comment.Disposition;
import org.quire.comment.DispositionKind;
import org.quire.comment.Suggestion;
import org.quire.comment.SuggestionStatus;
import org.quire.comment.TextAnchor;
import org.quire.comment.ThreadId;
import org.quire.comment.ThreadStatus;
import org.quire.comment.ThreadTarget;
import org.quire.descriptor.DescriptorId;
import org.quire.proposal.ProposalId;
import org.quire.proposal.SectionId;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A thread as stored: the target flattened (kind plus the fields of that kind), persons as issuer and subject. */
@Document(ThreadStore.COLLECTION)
record ThreadDocument(@Id @Nullable ObjectId id, String proposalId, String workgroupId, TargetDocument target,
        ThreadStatus status, String startedByIssuer, String startedBySubject, @Nullable String organization,
        Instant startedAt, List<CommentDocument> comments, @Nullable String resolvedByIssuer,
        @Nullable String resolvedBySubject, @Nullable Instant resolvedAt, @Nullable SuggestionDocument suggestion,
        @Nullable DispositionDocument disposition, @Nullable Boolean blocking, @Version @Nullable Long version) {

    static ThreadDocument of(CommentThread thread, @Nullable ObjectId id) {
        var resolution = thread.resolution();
        return new ThreadDocument(id, thread.proposal().value(), thread.workgroup().value(),
                TargetDocument.of(thread.target()), thread.status(), thread.startedBy().issuer(),
                thread.startedBy().subject(), thread.organization(), thread.startedAt(),
                thread.comments().stream().map(CommentDocument::of).toList(),
                resolution == null ? null : resolution.by().issuer(), resolution == null ? null : resolution.by().subject(),
                resolution == null ? null : resolution.at(), SuggestionDocument.of(thread.suggestion()),
                DispositionDocument.of(thread.disposition()), thread.blocking(),
                id == null ? null : thread.version());
    }

    CommentThread toThread() {
        var resolution = resolvedAt == null || resolvedByIssuer == null || resolvedBySubject == null ? null
                : new CommentThread.Resolution(new PersonKey(resolvedByIssuer, resolvedBySubject), resolvedAt);
        return new CommentThread(new ThreadId(String.valueOf(id)), new ProposalId(proposalId),
                new WorkgroupId(workgroupId), target.toTarget(), status, new PersonKey(startedByIssuer, startedBySubject),
                organization, startedAt, comments.stream().map(CommentDocument::toComment).toList(), resolution,
                suggestion == null ? null : suggestion.toSuggestion(),
                disposition == null ? null : disposition.toDisposition(), Boolean.TRUE.equals(blocking),
                version == null ? 0 : version);
    }

    enum TargetKind {
        PASSAGE, DESCRIPTOR, PROPOSAL
    }

    record TargetDocument(TargetKind kind, @Nullable String sectionId, int madeOnRevision,
            @Nullable AnchorDocument madeOn, int revision, @Nullable AnchorDocument anchor,
            @Nullable AnchorState state, @Nullable String descriptorId, @Nullable String code) {

        static TargetDocument of(ThreadTarget target) {
            return switch (target) {
                case ThreadTarget.Passage p -> new TargetDocument(TargetKind.PASSAGE, p.section().value(),
                        p.madeOnRevision(), AnchorDocument.of(p.madeOn()), p.revision(), AnchorDocument.of(p.anchor()),
                        p.state(), null, null);
                case ThreadTarget.Descriptor d -> new TargetDocument(TargetKind.DESCRIPTOR, null, 0, null, 0, null,
                        null, d.descriptor().value(), d.code());
                case ThreadTarget.WholeProposal w -> new TargetDocument(TargetKind.PROPOSAL, null, 0, null, 0, null,
                        null, null, null);
            };
        }

        ThreadTarget toTarget() {
            return switch (kind) {
                case PASSAGE -> new ThreadTarget.Passage(new SectionId(required(sectionId)), madeOnRevision,
                        required(madeOn).toAnchor(), revision, required(anchor).toAnchor(), required(state));
                case DESCRIPTOR -> new ThreadTarget.Descriptor(new DescriptorId(required(descriptorId)),
                        code == null ? "" : code);
                case PROPOSAL -> new ThreadTarget.WholeProposal();
            };
        }

        private static <T> T required(@Nullable T value) {
            if (value == null) {
                throw new IllegalStateException("A stored thread target lacks a field of its kind");
            }
            return value;
        }
    }

    record AnchorDocument(int start, int end, String quote, String prefix, String suffix) {

        static AnchorDocument of(TextAnchor anchor) {
            return new AnchorDocument(anchor.start(), anchor.end(), anchor.quote(), anchor.prefix(), anchor.suffix());
        }

        TextAnchor toAnchor() {
            return new TextAnchor(start, end, quote, prefix, suffix);
        }
    }

    record CommentDocument(String id, String authorIssuer, String authorSubject, Instant at, String text,
            @Nullable Instant editedAt, @Nullable Instant deletedAt) {

        static CommentDocument of(Comment comment) {
            return new CommentDocument(comment.id().value(), comment.author().issuer(), comment.author().subject(),
                    comment.at(), comment.text(), comment.editedAt(), comment.deletedAt());
        }

        Comment toComment() {
            return new Comment(new CommentId(id), new PersonKey(authorIssuer, authorSubject), at, text, editedAt,
                    deletedAt);
        }
    }

    record SuggestionDocument(String replacement, SuggestionStatus status, @Nullable String decidedByIssuer,
            @Nullable String decidedBySubject, @Nullable Instant decidedAt, @Nullable String reason,
            @Nullable Integer revision) {

        static @Nullable SuggestionDocument of(@Nullable Suggestion suggestion) {
            if (suggestion == null) {
                return null;
            }
            var decision = suggestion.decision();
            return decision == null
                    ? new SuggestionDocument(suggestion.replacement(), suggestion.status(), null, null, null, null, null)
                    : new SuggestionDocument(suggestion.replacement(), suggestion.status(), decision.by().issuer(),
                            decision.by().subject(), decision.at(), decision.reason(), decision.revision());
        }

        Suggestion toSuggestion() {
            var decision = decidedByIssuer == null || decidedBySubject == null || decidedAt == null ? null
                    : new Suggestion.Decision(new PersonKey(decidedByIssuer, decidedBySubject), decidedAt, reason,
                            revision);
            return new Suggestion(replacement, status, decision);
        }
    }

    record DispositionDocument(DispositionKind kind, String response, String byIssuer, String bySubject, Instant at,
            @Nullable Integer revision) {

        static @Nullable DispositionDocument of(@Nullable Disposition disposition) {
            return disposition == null ? null
                    : new DispositionDocument(disposition.kind(), disposition.response(), disposition.by().issuer(),
                            disposition.by().subject(), disposition.at(), disposition.revision());
        }

        Disposition toDisposition() {
            return new Disposition(kind, response, new PersonKey(byIssuer, bySubject), at, revision);
        }
    }
}
