package org.quire.audit;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.quire.audit.internal.AuditEventStore;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No code path can change or remove an audit event: the audit classes offer appends and reads only
 * (a new public method fails here until it is judged and listed), and nothing outside the audit
 * module reaches its store or names its collection. {@code AuditAppendOnlyIT} calls each listed
 * method against stored events.
 */
class AuditAppendOnlyTest {

    /** Every public method of every audit class that is not a plain value, by class. */
    static final Map<Class<?>, Set<String>> APPEND_AND_READ = Map.of(
            AuditTrail.class, Set.of("record", "ofWorkgroup", "ofActor", "find", "count", "each", "actionsOf",
                    "objectTypesOf", "actorsOf"),
            AuditEventStore.class, Set.of("afterPropertiesSet", "append", "ofWorkgroup", "ofActor", "find", "count",
                    "each", "actionsOf", "objectTypesOf", "actorsOf"),
            ClientAddress.class, Set.of("current", "carrying"),
            AuditActionLabel.class, Set.of("of"));

    static final JavaClasses AUDIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.quire.audit");
    static final JavaClasses QUIRE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.quire");

    @Test
    void everyAuditClassIsAValueOrListedWithItsAppendAndReadMethods() {
        var unlisted = new TreeSet<String>();
        for (JavaClass type : AUDIT) {
            if (type.isRecord() || type.isEnum() || type.isInterface() || type.getSimpleName().equals("package-info")
                    || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            if (!APPEND_AND_READ.containsKey(type.reflect())) {
                unlisted.add(type.getName() + " (a new audit class: list it once it only appends or reads)");
            }
        }
        assertThat(unlisted).isEmpty();
    }

    @Test
    void listedClassesHaveNoPublicMethodBeyondAppendAndRead() {
        var unexpected = new TreeSet<String>();
        APPEND_AND_READ.forEach((type, allowed) -> {
            for (var method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                        && !allowed.contains(method.getName())) {
                    unexpected.add(type.getSimpleName() + "." + method.getName());
                }
            }
        });
        assertThat(unexpected).as("public methods that are not appends or reads of the audit log").isEmpty();
    }

    @Test
    void onlyTheAuditModuleReachesTheStoreOfAuditEvents() {
        noClasses().that().resideOutsideOfPackages("org.quire.audit", "org.quire.audit.internal")
                .should().dependOnClassesThat().belongToAnyOf(AuditEventStore.class)
                .because("audit events are written through AuditTrail.record only, and never changed")
                .check(QUIRE);
    }

    @Test
    void onlyTheAuditStoreNamesTheAuditCollection() throws IOException, URISyntaxException {
        var classes = Path.of(AuditEventStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var naming = new TreeSet<String>();
        var collection = "audit_events".getBytes(StandardCharsets.UTF_8);
        try (var files = Files.walk(classes)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                if (contains(Files.readAllBytes(file), collection)) {
                    naming.add(classes.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        assertThat(naming).isNotEmpty()
                .allSatisfy(name -> assertThat(name).startsWith("org/quire/audit/internal/"));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
