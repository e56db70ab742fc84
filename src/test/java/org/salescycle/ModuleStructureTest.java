package org.salescycle;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each package directly under {@code org.salescycle} is a module: the modules depend on each
 * other without cycles, and none reaches into another's internal sub-packages.
 */
class ModuleStructureTest {

  @Test
  void modulesDependOnEachOtherWithoutCyclesOrReachingIntoInternals() {
    ApplicationModules.of(SalesCycleApplication.class).verify();
  }
}
