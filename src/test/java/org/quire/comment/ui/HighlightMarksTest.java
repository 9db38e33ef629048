package org.quire.comment.ui;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quire.comment.AnchorState;
import org.quire.comment.CommentThread;
import org.quire.comment.Suggestion;
import org.quire.comment.SuggestionStatus;
import org.quire.comment.TextAnchor;
import org.quire.comment.ThreadId;
import org.quire.comment.ThreadStatus;
import org.quire.comment.ThreadTarget;
import org.quire.proposal.ProposalId;
import org.quire.proposal.Section;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionKind;
import org.quire.proposal.ui.ReaderSection;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Which threads the reader paints over a section, and how the page is told. */
class HighlightMarksTest {

    private static final String SOURCE = "Audio-only visits are *reported once* per day, **billed separately**.";
    private static final Section INTRO = new Section(SectionId.random(), SectionKind.INTRODUCTORY_LANGUAGE, "Intro", null);
    private static final ReaderSection SHOWN = new ReaderSection(INTRO, 3, SOURCE, new Div());

    @Test
    void openPassagesOnTheRevisionShownArePaintedLongestFirst() {
        var marks = HighlightMarks.of(SHOWN, List.of(
                thread("short", INTRO.id(), 3, "reported", AnchorState.INTACT, ThreadStatus.OPEN, null),
                thread("long", INTRO.id(), 3, "*reported once* per", AnchorState.CHANGED, ThreadStatus.OPEN, null)),
                null);

        assertThat(marks).extracting(HighlightMarks.Mark::thread).containsExactly("long", "short");
        assertThat(marks).allSatisfy(mark -> assertThat(mark.kind()).isEqualTo(HighlightMarks.Kind.COMMENT));
    }

    @Test
    void resolvedDetachedOtherRevisionsOtherSectionsAndOtherTargetsAreNotPainted() {
        var marks = HighlightMarks.of(SHOWN, List.of(
                thread("resolved", INTRO.id(), 3, "reported", AnchorState.INTACT, ThreadStatus.RESOLVED, null),
                thread("detached", INTRO.id(), 3, "reported", AnchorState.DETACHED, ThreadStatus.OPEN, null),
                thread("older", INTRO.id(), 2, "reported", AnchorState.INTACT, ThreadStatus.OPEN, null),
                thread("elsewhere", SectionId.random(), 3, "reported", AnchorState.INTACT, ThreadStatus.OPEN, null),
                onProposal()), null);

        assertThat(marks).isEmpty();
    }

    @Test
    void aPendingSuggestionIsATrackedChangeAndADecidedOneAPlainHighlight() {
        var pending = Suggestion.pending("charged apart");
        var rejected = new Suggestion("charged apart", SuggestionStatus.REJECTED, null);
        var marks = HighlightMarks.of(SHOWN, List.of(
                thread("pending", INTRO.id(), 3, "billed separately", AnchorState.INTACT, ThreadStatus.OPEN, pending),
                thread("rejected", INTRO.id(), 3, "Audio-only", AnchorState.INTACT, ThreadStatus.OPEN, rejected)),
                null);

        assertThat(marks).containsExactly(
                new HighlightMarks.Mark("pending", HighlightMarks.Kind.SUGGESTION, SOURCE.indexOf("billed"),
                        SOURCE.indexOf("billed") + 17, "charged apart"),
                new HighlightMarks.Mark("rejected", HighlightMarks.Kind.COMMENT, 0, 10, null));
    }

    @Test
    void thePassageBeingCommentedOnIsPaintedTooAndThePageGetsEachPieceWithItsBlock() throws Exception {
        int start = SOURCE.indexOf("once");
        var marks = HighlightMarks.of(SHOWN, List.of(), new PassageMapping.Range(start, SOURCE.indexOf("day")));
        var blocks = BrowserBlocks.of(SOURCE);

        var json = JsonMapper.shared().readTree(HighlightMarks.json(marks, new PassageMapping(SOURCE), blocks));

        assertThat(json.size()).isEqualTo(1);
        var mark = json.get(0);
        assertThat(mark.get("kind").asString()).isEqualTo("pending");
        assertThat(mark.get("pieces").size()).isEqualTo(1);
        var piece = mark.get("pieces").get(0);
        assertThat(piece.get("pos").asString()).isEqualTo("0-" + SOURCE.length());
        assertThat(piece.get("text").asString()).isEqualTo("once per");
        assertThat(blocks.getFirst().text().substring(piece.get("from").asInt(), piece.get("to").asInt()))
                .isEqualTo("once per");
    }

    private static CommentThread thread(String id, SectionId section, int revision, String quote, AnchorState state,
            ThreadStatus status, @Nullable Suggestion suggestion) {
        int start = SOURCE.indexOf(quote);
        var anchor = TextAnchor.in(SOURCE, start, start + quote.length());
        var target = new ThreadTarget.Passage(section, 1, anchor, revision, anchor, state);
        return new CommentThread(new ThreadId(id), new ProposalId("p"), new WorkgroupId("w"), target, status,
                new PersonKey("issuer", "member"), null, Instant.EPOCH, List.of(), null, suggestion, null, false, 0);
    }

    private static CommentThread onProposal() {
        return new CommentThread(new ThreadId("whole"), new ProposalId("p"), new WorkgroupId("w"),
                new ThreadTarget.WholeProposal(), ThreadStatus.OPEN, new PersonKey("issuer", "member"), null,
                Instant.EPOCH, List.of(), null, null, null, false, 0);
    }
}
