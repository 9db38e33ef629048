package org.quire.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorSet;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

/** Comment threads through their service, on the real store, as each demo role. */
@QuireIntegrationTest
class CommentThreadsIT {

    private static final String TEXT = "Choose the family by the connection used for most of the visit.";

    @Autowired
    CommentThreads comments;
    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    DescriptorSetService descriptorSets;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;
    SectionId intro;

    @BeforeEach
    void aProposalWithText() {
        signInAs("member");
        var telehealth = workgroups.workgroup("telehealth").id();
        proposal = proposals.create(telehealth, new NewProposal("Comment threads", List.of(1)));
        intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, TEXT, "first words");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aThreadOnAPassageQuotesItAndGathersRepliesEditsAndATraceOfDeletions() {
        int start = TEXT.indexOf("the connection");
        var thread = comments.startOnPassage(proposal.id(), intro, 2, start, start + 14, "Which connection counts?");

        assertThat(thread.target()).isInstanceOfSatisfying(ThreadTarget.Passage.class, passage -> {
            assertThat(passage.anchor().quote()).isEqualTo("the connection");
            assertThat(passage.anchor().prefix()).isEqualTo("Choose the family by ");
            assertThat(passage.state()).isEqualTo(AnchorState.INTACT);
        });
        signInAs("staff");
        thread = comments.reply(thread.id(), "The one used for most of the time.");
        var staffReply = thread.comments().get(1);
        assertThatThrownBy(() -> comments.edit(thread(proposal).id(), thread(proposal).comments().getFirst().id(),
                "changed by someone else")).isInstanceOf(AccessRefused.class);

        signInAs("member");
        var first = thread.comments().getFirst();
        thread = comments.edit(thread.id(), first.id(), "Which connection counts when both are used?");
        thread = comments.delete(thread.id(), first.id());

        assertThat(thread.comments()).hasSize(2);
        assertThat(thread.comments().getFirst().deleted()).isTrue();
        assertThat(thread.comments().getFirst().text()).isEmpty();
        assertThat(thread.comments().getFirst().editedAt()).isNotNull();
        assertThat(thread.comments().get(1)).isEqualTo(staffReply);
        assertThat(thread.participants()).hasSize(2);
    }

    @Test
    void theAnchorFollowsTheTextThroughSavesAndADetachedThreadKeepsItsQuote() {
        int start = TEXT.indexOf("most of the visit");
        var thread = comments.startOnPassage(proposal.id(), intro, 2, start, start + 17, "Most by time?");

        sections.save(proposal.id(), intro, 2, "## Families\n\n" + TEXT, "heading");
        assertThat(passage(thread)).satisfies(p -> {
            assertThat(p.state()).isEqualTo(AnchorState.INTACT);
            assertThat(p.anchor().start()).isEqualTo(start + 13);
            assertThat(p.revision()).isEqualTo(3);
        });

        sections.save(proposal.id(), intro, 3, "## Families\n\n" + TEXT.replace("most of the visit",
                "most of the encounter"), "wording");
        assertThat(passage(thread).state()).isEqualTo(AnchorState.CHANGED);
        assertThat(passage(thread).anchor().quote()).isEqualTo("most of the encounter");

        sections.save(proposal.id(), intro, 4, "## Families\n\nEvery code stands for one service.", "rewritten");
        assertThat(passage(thread)).satisfies(p -> {
            assertThat(p.state()).isEqualTo(AnchorState.DETACHED);
            assertThat(p.madeOn().quote()).isEqualTo("most of the visit");
            assertThat(p.madeOnRevision()).isEqualTo(2);
        });

        sections.restore(proposal.id(), intro, 4, 5);
        assertThat(passage(thread).state()).isEqualTo(AnchorState.CHANGED);
    }

    @Test
    void threadsComeInDocumentOrderAndTheStarterOrAMemberResolvesAndReopens() {
        var descriptor = Descriptor.of("9X0X1", DescriptorAction.NEW, "Telemedicine check-in");
        descriptorSets.save(proposal.id(), 1, DescriptorSet.EMPTY.withFamilies(
                List.of(CodeFamily.of("Check-ins", List.of(descriptor)))), "a code");
        var onDescriptor = comments.startOnDescriptor(proposal.id(), descriptor.id(), "Is brief defined?");
        var late = comments.startOnPassage(proposal.id(), intro, 2, 40, 50, "Later in the text");
        var early = comments.startOnPassage(proposal.id(), intro, 2, 0, 6, "Earlier in the text");
        var whole = comments.startOnProposal(proposal.id(), "Overall this reads well.");

        assertThat(comments.threads(proposal.id())).extracting(CommentThread::id)
                .containsExactly(whole.id(), early.id(), late.id(), onDescriptor.id());

        signInAs("staff");
        assertThat(comments.resolve(early.id()).status()).isEqualTo(ThreadStatus.RESOLVED);
        signInAs("member");
        assertThat(comments.reopen(early.id()).status()).isEqualTo(ThreadStatus.OPEN);
        assertThat(comments.resolve(early.id()).resolution()).isNotNull();
    }

    @Test
    void observersReadThreadsButDoNotCommentAndOutsidersSeeNothing() {
        var thread = comments.startOnProposal(proposal.id(), "A first remark.");

        signInAs("observer");
        assertThat(comments.threads(proposal.id())).hasSize(1);
        assertThatThrownBy(() -> comments.reply(thread.id(), "me too")).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> comments.resolve(thread.id())).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> comments.startOnProposal(proposal.id(), "x")).isInstanceOf(AccessRefused.class);

        signInAs("commenter");
        assertThatThrownBy(() -> comments.thread(thread.id())).isInstanceOf(NoSuchElementException.class);
        signInAs("visitor");
        assertThatThrownBy(() -> comments.threads(proposal.id())).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void emptyAndOverlongCommentsAndSelectionsOutsideTheTextAreRefusedWithAMessage() {
        assertThatThrownBy(() -> comments.startOnProposal(proposal.id(), "  \n ")).isInstanceOf(InputRejected.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> comments.startOnProposal(proposal.id(), "é".repeat(8_193)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("16,386 bytes long; at most 16,384");
        assertThatThrownBy(() -> comments.startOnPassage(proposal.id(), intro, 2, 10, TEXT.length() + 1, "x"))
                .isInstanceOf(InputRejected.class).hasMessageContaining("outside the text");
        assertThat(comments.startOnProposal(proposal.id(), "é".repeat(8_192)).comments()).hasSize(1);
    }

    private CommentThread thread(Proposal of) {
        return comments.threads(of.id()).getFirst();
    }

    private ThreadTarget.Passage passage(CommentThread thread) {
        return (ThreadTarget.Passage) comments.thread(thread.id()).target();
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
