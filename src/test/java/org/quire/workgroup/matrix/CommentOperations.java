package org.quire.workgroup.matrix;

import static org.quire.workgroup.matrix.Operation.of;
import static org.quire.workgroup.matrix.Persona.MEMBER;
import static org.quire.workgroup.matrix.Persona.OBSERVER;
import static org.quire.workgroup.matrix.Persona.STAFF;

import java.util.List;

import org.quire.comment.CommentThreads;

/**
 * The comment module's operations. The fixture's proposal was never opened for comment, so
 * commenters neither read nor comment; a comment belongs to its author alone to change.
 */
final class CommentOperations {

    private static final Persona[] READERS = {STAFF, MEMBER, OBSERVER};
    private static final Persona[] COMMENTERS = {STAFF, MEMBER};

    private CommentOperations() {
    }

    static List<Operation> all() {
        return List.of(
                of("CommentThreads.startOnPassage(ProposalId, SectionId, int, int, int, String)", f -> threads(f)
                        .startOnPassage(f.proposal().id(), f.section(), f.head(), 0, 4, "About these words."),
                        COMMENTERS),
                of("CommentThreads.startOnDescriptor(ProposalId, DescriptorId, String)", f -> threads(f)
                        .startOnDescriptor(f.proposal().id(), f.descriptor(), "About this code."), COMMENTERS),
                of("CommentThreads.startOnProposal(ProposalId, String)", f -> threads(f)
                        .startOnProposal(f.proposal().id(), "About the whole."), COMMENTERS),
                of("CommentThreads.reply(ThreadId, String)", f -> threads(f).reply(f.thread().id(), "Agreed."),
                        COMMENTERS),
                of("CommentThreads.edit(ThreadId, CommentId, String)", f -> threads(f).edit(f.thread().id(),
                        f.thread().comments().getFirst().id(), "A first remark, reworded."), STAFF),
                of("CommentThreads.delete(ThreadId, CommentId)", f -> threads(f).delete(f.thread().id(),
                        f.thread().comments().getFirst().id()), STAFF),
                of("CommentThreads.resolve(ThreadId)", f -> threads(f).resolve(f.thread().id()), COMMENTERS),
                of("CommentThreads.reopen(ThreadId)", f -> threads(f).reopen(f.thread().id()), COMMENTERS),
                of("CommentThreads.threads(ProposalId)", f -> threads(f).threads(f.proposal().id()), READERS),
                of("CommentThreads.thread(ThreadId)", f -> threads(f).thread(f.thread().id()), READERS));
    }

    private static CommentThreads threads(Fixture fixture) {
        return fixture.bean(CommentThreads.class);
    }
}
