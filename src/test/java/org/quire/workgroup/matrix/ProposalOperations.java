package org.quire.workgroup.matrix;

import java.util.List;

import org.quire.descriptor.DescriptorSet;
import org.quire.proposal.DescriptorDrafts;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Presence;
import org.quire.proposal.ProposalPresence;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionDrafts;
import org.quire.proposal.SectionKind;
import org.quire.proposal.SectionService;
import org.quire.proposal.SuggestedText;
import org.quire.proposal.ProposalUpdates;

import static org.quire.workgroup.matrix.Operation.of;
import static org.quire.workgroup.matrix.Persona.COMMENTER;
import static org.quire.workgroup.matrix.Persona.MEMBER;
import static org.quire.workgroup.matrix.Persona.OBSERVER;
import static org.quire.workgroup.matrix.Persona.STAFF;

/**
 * The proposal module's operations. The fixture's proposal was never opened for comment, so
 * commenters may not read it (DESIGN.md section 1).
 */
final class ProposalOperations {

    private static final Persona[] READERS = {STAFF, MEMBER, OBSERVER};
    private static final Persona[] EDITORS = {STAFF, MEMBER};

    private ProposalOperations() {
    }

    static List<Operation> all() {
        return List.of(
                of("ProposalService.create(WorkgroupId, NewProposal)", f -> proposals(f).create(f.workgroupId(),
                        new NewProposal("Another proposal", List.of(2))), EDITORS),
                of("ProposalService.list(WorkgroupId)", f -> proposals(f).list(f.workgroupId()),
                        STAFF, MEMBER, OBSERVER, COMMENTER),
                Operation.forEveryone("ProposalService.mayCreate(WorkgroupId)",
                        f -> proposals(f).mayCreate(f.workgroupId())),
                of("ProposalService.get(ProposalId)", f -> proposals(f).get(f.proposal().id()), READERS),
                of("ProposalService.permissions(ProposalId)", f -> proposals(f).permissions(f.proposal().id()),
                        READERS),
                of("ProposalService.addSection(ProposalId, SectionKind, String)", f -> proposals(f)
                        .addSection(f.proposal().id(), SectionKind.OTHER, "Coding tips"), EDITORS),
                of("ProposalService.renameSection(ProposalId, SectionId, String)", f -> proposals(f)
                        .renameSection(f.proposal().id(), f.section(), "Guidance"), EDITORS),
                of("ProposalService.moveSection(ProposalId, SectionId, int)", f -> proposals(f)
                        .moveSection(f.proposal().id(), f.section(), 1), EDITORS),
                of("ProposalService.removeSection(ProposalId, SectionId)", f -> proposals(f)
                        .removeSection(f.proposal().id(), f.section()), EDITORS),
                of("ProposalService.undoRemoval(ProposalId, SectionId)", f -> proposals(f)
                        .undoRemoval(f.proposal().id(), f.section()), EDITORS),

                of("SectionService.read(ProposalId, SectionId)", f -> sections(f).read(f.proposal().id(), f.section()),
                        READERS),
                of("SectionService.readAll(ProposalId)", f -> sections(f).readAll(f.proposal().id()), READERS),
                of("SectionService.save(ProposalId, SectionId, int, String, String)", f -> sections(f)
                        .save(f.proposal().id(), f.section(), f.head(), "A changed text.", "Change"), EDITORS),
                of("SectionService.restore(ProposalId, SectionId, int, int)", f -> sections(f)
                        .restore(f.proposal().id(), f.section(), 1, f.head()), EDITORS),
                of("SectionService.history(ProposalId, SectionId, Integer, int)", f -> sections(f)
                        .history(f.proposal().id(), f.section(), null, 10), READERS),
                of("SectionService.revision(ProposalId, SectionId, int)", f -> sections(f)
                        .revision(f.proposal().id(), f.section(), 1), READERS),
                of("SectionService.textAt(ProposalId, SectionId, int)", f -> sections(f)
                        .textAt(f.proposal().id(), f.section(), 1), READERS),
                of("SectionService.diff(ProposalId, SectionId, int, int)", f -> sections(f)
                        .diff(f.proposal().id(), f.section(), 1, 2), READERS),
                of("SectionService.blame(ProposalId, SectionId, int)", f -> sections(f)
                        .blame(f.proposal().id(), f.section(), 2), READERS),
                of("SectionService.checkSuggestions(ProposalId, List)", f -> sections(f).checkSuggestions(
                        f.proposal().id(), List.of(suggestedText(f))), EDITORS),
                of("SectionService.applySuggestions(ProposalId, SuggestedText)", f -> sections(f).applySuggestions(
                        f.proposal().id(), suggestedText(f)), EDITORS),

                of("SectionDrafts.keep(ProposalId, SectionId, int, String)", f -> drafts(f)
                        .keep(f.proposal().id(), f.section(), f.head(), "Half a thought"), EDITORS),
                of("SectionDrafts.find(ProposalId, SectionId)", f -> drafts(f).find(f.proposal().id(), f.section()),
                        EDITORS),
                of("SectionDrafts.discard(ProposalId, SectionId)", f -> drafts(f)
                        .discard(f.proposal().id(), f.section()), EDITORS),

                of("DescriptorDrafts.keep(ProposalId, int, DescriptorSet)", f -> f.bean(DescriptorDrafts.class)
                        .keep(f.proposal().id(), 1, DescriptorSet.EMPTY), EDITORS),
                of("DescriptorDrafts.find(ProposalId)", f -> f.bean(DescriptorDrafts.class).find(f.proposal().id()),
                        EDITORS),
                of("DescriptorDrafts.discard(ProposalId)", f -> f.bean(DescriptorDrafts.class)
                        .discard(f.proposal().id()), EDITORS),

                of("ProposalPresence.enter(ProposalId, SectionId, Presence$Activity, Consumer)", f -> f
                        .bean(ProposalPresence.class).enter(f.proposal().id(), f.section(),
                                Presence.Activity.READING, everyone -> { }).leave(), READERS),
                of("ProposalPresence.present(ProposalId)", f -> f.bean(ProposalPresence.class)
                        .present(f.proposal().id()), READERS),
                of("ProposalUpdates.subscribe(ProposalId, Consumer)", f -> f.bean(ProposalUpdates.class)
                        .subscribe(f.proposal().id(), change -> { }).cancel(), READERS));
    }

    private static ProposalService proposals(Fixture fixture) {
        return fixture.bean(ProposalService.class);
    }

    private static SectionService sections(Fixture fixture) {
        return fixture.bean(SectionService.class);
    }

    /** The first text with a word replaced, as if suggested by the commenter. */
    private static SuggestedText suggestedText(Fixture fixture) {
        return new SuggestedText(fixture.section(), fixture.head(), Fixture.FIRST_TEXT.replace("first", "second"),
                List.of(fixture.key(COMMENTER)), "Accepted suggestion by Matrix commenter");
    }

    private static SectionDrafts drafts(Fixture fixture) {
        return fixture.bean(SectionDrafts.class);
    }
}
