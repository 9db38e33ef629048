package org.quire;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The few layering rules of STYLE.md: views never touch storage, Vaadin stays in the UI, and
 * flexmark stays inside the markdown module (so there is exactly one rendering pipeline).
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

    @Test
    void flexmarkIsUsedOnlyInsideTheMarkdownModule() {
        noClasses().that().resideOutsideOfPackage("org.quire.markdown..")
                .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
                .check(QUIRE);
    }
}
