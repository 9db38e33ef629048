package org.quire;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The few layering rules of STYLE.md: views never touch storage, Vaadin stays in the UI, and
 * flexmark stays inside the markdown module (so there is exactly one rendering pipeline); the
 * revision store, which does not check roles, is reached only through the proposal services.
 */
class ArchitectureTest {

    static final JavaClasses QUIRE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.quire");

    @Test
    void viewsNeverUseRepositoriesStoresOrMongoTypes() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("..internal..", "org.springframework.data..",
                        "com.mongodb..", "org.bson..")
                .check(QUIRE);
    }

    @Test
    void vaadinIsUsedOnlyInUserInterfacePackages() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(QUIRE);
    }

    /** The revision store does not check roles; its callers (the proposal services) do. */
    @Test
    void onlyTheProposalServicesUseTheRevisionStore() {
        noClasses().that().resideOutsideOfPackages("org.quire.revision..", "org.quire.proposal")
                .should().dependOnClassesThat().areAssignableTo(org.quire.revision.Revisions.class)
                .check(QUIRE);
    }

    /** It does not check roles: the lifecycle module checks them and the step table before moving a proposal. */
    @Test
    void onlyTheLifecycleMovesProposals() {
        noClasses().that().resideOutsideOfPackages("org.quire.lifecycle", "org.quire.proposal")
                .should().dependOnClassesThat().areAssignableTo(org.quire.proposal.ProposalStates.class)
                .check(QUIRE);
    }

    /** It does not check roles: it serves notifications sent with nobody signed in, never a view. */
    @Test
    void onlyTheNotificationModuleUsesTheUncheckedReaderOfProposals() {
        noClasses().that().resideOutsideOfPackages("org.quire.notification", "org.quire.proposal")
                .should().dependOnClassesThat().areAssignableTo(org.quire.proposal.ProposalReaders.class)
                .check(QUIRE);
    }

    /**
     * It does not check roles: it serves notifications sent with nobody signed in and the ballot a
     * proposal's entry into approval opens on Quire's behalf, never a view.
     */
    @Test
    void onlyNotificationsAndBallotsUseTheUncheckedReaderOfMembers() {
        noClasses().that().resideOutsideOfPackages("org.quire.notification", "org.quire.lifecycle",
                "org.quire.workgroup")
                .should().dependOnClassesThat().areAssignableTo(org.quire.workgroup.ActiveMembers.class)
                .check(QUIRE);
    }

    @Test
    void flexmarkIsUsedOnlyInsideTheMarkdownModule() {
        noClasses().that().resideOutsideOfPackage("org.quire.markdown..")
                .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
                .check(QUIRE);
    }
}
