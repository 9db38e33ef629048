package org.quire.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.audit.AuditTrail;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.lifecycle.Milestones;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.shared.PersonKey;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.Membership;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workgroup package on a workgroup of the test's own: every proposal with a milestone in a
 * folder of its DOCX, PDF, HTML and Markdown at its latest milestone, the others listed as left out.
 */
@QuireIntegrationTest
class WorkgroupPackageIT {

    @Autowired
    Exports exports;
    @Autowired
    ProposalService proposals;
    @Autowired
    Milestones milestones;
    @Autowired
    WorkgroupStore workgroupStore;
    @Autowired
    MembershipStore memberships;
    @Autowired
    AuditTrail audit;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Workgroup workgroup;

    @BeforeEach
    void aWorkgroupOfItsOwn() {
        var slug = "package-" + UUID.randomUUID().toString().substring(0, 8);
        workgroup = workgroupStore.create(new NewWorkgroup(slug, "Package " + slug, "Packs proposals.",
                List.of("Send codes to the Panel.")));
        memberships.add(new Membership(workgroup.id(), new PersonKey(signIn.issuer(), "staff"), WorkgroupRole.STAFF,
                MembershipStatus.ACTIVE));
        SignedIn.as(people, signIn.issuer(), "staff");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void everyProposalAtItsLatestMilestoneAndTheOthersListedAsLeftOut() throws IOException {
        var frozen = proposals.create(workgroup.id(), new NewProposal("Remote monitoring codes", List.of(1)));
        milestones.capture(frozen.id(), "First look");
        milestones.capture(frozen.id(), "Second look");
        var moving = proposals.create(workgroup.id(), new NewProposal("Audio-only codes", List.of(1)));

        var file = exports.exportPackage(workgroup.id(), ExportProgress.NONE);

        var files = Unzipped.texts(file.content());
        var folder = frozen.number() + "/";
        var base = folder + frozen.number() + "-second-look";
        assertThat(files).containsKeys(base + ".docx", base + ".pdf", base + ".html",
                folder + "markdown/manifest.json", folder + "markdown/descriptors.json", "package.json");
        assertThat(files.keySet()).noneMatch(name -> name.startsWith(moving.number()));
        assertThat(files.get("package.json")).contains("\"source\" : \"Second look\"")
                .contains("\"number\" : \"" + moving.number() + "\"").contains("\"why\" : \"no milestone yet\"");
        assertThat(file.fileName()).startsWith(workgroup.slug() + "-package-").endsWith(".zip");
        var event = audit.ofWorkgroup(workgroup.id().value(), 1).getFirst();
        assertThat(event.action()).isEqualTo("workgroup.package-exported");
        assertThat(event.after()).isEqualTo("1 proposal, 1 left out");
    }

    @Test
    void onlyItsStaffExportThePackage() {
        // the demo member holds no role here (other tests count the demo people's workgroups)
        SignedIn.as(people, signIn.issuer(), "member");

        assertThat(exports.mayExportPackage(workgroup.id())).isFalse();
        assertThatThrownBy(() -> exports.exportPackage(workgroup.id(), ExportProgress.NONE))
                .isInstanceOf(AccessRefused.class);
    }
}
