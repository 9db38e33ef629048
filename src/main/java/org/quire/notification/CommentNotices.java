package org.quire.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.quire.comment.CommentPosted;
import org.quire.comment.DispositionRecorded;
import org.quire.comment.SuggestionDecided;
import org.quire.comment.SuggestionStatus;
import org.quire.identity.Person;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalReaders;
import org.quire.shared.PersonKey;
import org.quire.workgroup.ActiveMembers;
import org.quire.workgroup.Membership;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of a comment, a decided suggestion or a disposition: the people mentioned, the
 * thread's earlier participants, the suggester, the commenter. Never the person who acted, never
 * anyone who cannot read the proposal now, and each person once per event (a mention wins over a
 * reply). Plain listeners, run after the thread is stored (STACK.md: no transactions here).
 */
@Component
class CommentNotices {

    private final Notifier notifier;
    private final ProposalReaders proposals;
    private final ActiveMembers members;
    private final PersonDirectory people;

    CommentNotices(Notifier notifier, ProposalReaders proposals, ActiveMembers members, PersonDirectory people) {
        this.notifier = notifier;
        this.proposals = proposals;
        this.members = members;
        this.people = people;
    }

    @EventListener
    void on(CommentPosted posted) {
        Notifier.guarded("comment " + posted.comment().value(), () -> proposals.find(posted.proposal())
                .ifPresent(proposal -> tellAbout(posted, proposal)));
    }

    @EventListener
    void on(SuggestionDecided decided) {
        Notifier.guarded("suggestion of thread " + decided.thread().value(), () -> proposals.find(decided.proposal())
                .ifPresent(proposal -> {
                    var verb = decided.status() == SuggestionStatus.ACCEPTED ? "accepted" : "rejected";
                    var reason = decided.reason() == null || decided.reason().isBlank() ? "."
                            : ": " + Places.excerpt(decided.reason());
                    tellOne(decided.suggester(), decided.decidedBy(), proposal, NotificationKind.SUGGESTION_DECIDED,
                            nameOf(decided.decidedBy()) + " " + verb + " your suggested edit on "
                                    + Places.named(proposal) + reason,
                            Places.thread(proposal, decided.thread()));
                }));
    }

    @EventListener
    void on(DispositionRecorded recorded) {
        Notifier.guarded("disposition of thread " + recorded.thread().value(), () -> proposals
                .find(recorded.proposal()).ifPresent(proposal -> tellOne(recorded.commenter(), recorded.recordedBy(),
                        proposal, NotificationKind.DISPOSITION_RECORDED, "The workgroup recorded a disposition of "
                                + "your comment on " + Places.named(proposal) + ": " + recorded.kind().label() + ".",
                        Places.thread(proposal, recorded.thread()))));
    }

    private void tellAbout(CommentPosted posted, Proposal proposal) {
        var told = new LinkedHashMap<PersonKey, NotificationKind>();
        mentioned(Mentions.in(posted.text()), proposal).forEach(person -> told.put(person, NotificationKind.MENTIONED));
        posted.participantsBefore().forEach(person -> told.putIfAbsent(person, NotificationKind.REPLIED));
        told.remove(posted.author());
        var author = nameOf(posted.author());
        var excerpt = Places.excerpt(posted.text());
        for (Map.Entry<PersonKey, NotificationKind> each : told.entrySet()) {
            if (!proposals.mayRead(each.getKey(), proposal)) {
                continue;
            }
            var what = each.getValue() == NotificationKind.MENTIONED ? " mentioned you on " : " replied in a thread on ";
            notifier.tell(each.getKey(), each.getValue(), author + what + Places.named(proposal) + ": " + excerpt,
                    Places.thread(proposal, posted.thread()));
        }
    }

    /** The workgroup's active members answering to one of the handles. */
    private java.util.List<PersonKey> mentioned(Set<String> handles, Proposal proposal) {
        if (handles.isEmpty()) {
            return java.util.List.of();
        }
        var keys = members.of(proposal.workgroup()).stream().map(Membership::person).toList();
        return people.findAll(keys).values().stream()
                .filter(person -> Mentions.handlesOf(person.name(), person.email()).stream().anyMatch(handles::contains))
                .map(Person::key).toList();
    }

    private void tellOne(PersonKey recipient, PersonKey actor, Proposal proposal, NotificationKind kind, String text,
            String link) {
        if (!recipient.equals(actor) && proposals.mayRead(recipient, proposal)) {
            notifier.tell(recipient, kind, text, link);
        }
    }

    private String nameOf(PersonKey person) {
        return people.find(person).map(Person::name).orElse(person.subject());
    }
}
