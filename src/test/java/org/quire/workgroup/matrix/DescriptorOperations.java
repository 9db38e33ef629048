package org.quire.workgroup.matrix;

import static org.quire.workgroup.matrix.Operation.of;
import static org.quire.workgroup.matrix.Persona.MEMBER;
import static org.quire.workgroup.matrix.Persona.OBSERVER;
import static org.quire.workgroup.matrix.Persona.STAFF;

import java.util.List;

import org.quire.descriptor.DemoDescriptors;
import org.quire.proposal.DescriptorReview;
import org.quire.proposal.DescriptorSetService;

/** The operations on a proposal's descriptor set; the fixture's set is the empty one a new proposal starts with. */
final class DescriptorOperations {

    private static final Persona[] READERS = {STAFF, MEMBER, OBSERVER};
    private static final Persona[] EDITORS = {STAFF, MEMBER};

    private DescriptorOperations() {
    }

    static List<Operation> all() {
        return List.of(
                of("DescriptorSetService.read(ProposalId)", f -> sets(f).read(f.proposal().id()), READERS),
                of("DescriptorSetService.save(ProposalId, int, DescriptorSet, String)", f -> sets(f)
                        .save(f.proposal().id(), 1, DemoDescriptors.telemedicine(), "Visit codes"), EDITORS),
                of("DescriptorSetService.restore(ProposalId, int, int)", f -> sets(f)
                        .restore(f.proposal().id(), 1, 1), EDITORS),
                of("DescriptorSetService.history(ProposalId, Integer, int)", f -> sets(f)
                        .history(f.proposal().id(), null, 10), READERS),
                of("DescriptorSetService.revision(ProposalId, int)", f -> sets(f).revision(f.proposal().id(), 1),
                        READERS),
                of("DescriptorSetService.setAt(ProposalId, int)", f -> sets(f).setAt(f.proposal().id(), 1),
                        READERS),
                of("DescriptorSetService.diff(ProposalId, int, int)", f -> sets(f).diff(f.proposal().id(), 1, 1),
                        READERS),
                of("DescriptorReview.markReady(ProposalId, int)", f -> f.bean(DescriptorReview.class)
                        .markReady(f.proposal().id(), 1), EDITORS),
                of("DescriptorReview.withdraw(ProposalId)", f -> f.bean(DescriptorReview.class)
                        .withdraw(f.proposal().id()), EDITORS));
    }

    private static DescriptorSetService sets(Fixture fixture) {
        return fixture.bean(DescriptorSetService.class);
    }
}
