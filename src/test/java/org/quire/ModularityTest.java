package org.quire;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each direct subpackage of org.quire is a module; modules use each other's API only, without cycles. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(QuireApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }
}
