package org.bashke;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(BashkeApplication.class);

    @Test
    void modules_keep_to_their_own_and_depend_on_no_internals_of_another() {
        modules.verify();
    }

    @Test
    void writes_module_documentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
