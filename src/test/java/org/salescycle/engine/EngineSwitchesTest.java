package org.salescycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Each patch's switch: with {@code sales-cycle.engine.<name>=false} its plugin is no bean, so the
 * Camunda starter, which hands the engine every {@link ProcessEnginePlugin} bean, never applies
 * it; without the property it is one. Lazy beans: only the conditions are evaluated, so no
 * engine, database or dependency is needed.
 */
class EngineSwitchesTest {

  static Stream<Arguments> switches() {
    return Stream.of(
        Arguments.of("prepared-feel", PreparedFeel.class),
        Arguments.of("guarded-logins", GuardedLogins.class),
        Arguments.of("custom-plans-for-authorization-checks",
            CustomPlansForAuthorizationChecks.class),
        Arguments.of("authorized-groups-by-index", AuthorizedGroupsByIndex.class),
        Arguments.of("engine-indexes", EngineIndexes.class),
        Arguments.of("refusals-are-no-errors", RefusalsAreNoErrors.class),
        Arguments.of("node-identity", NodeIdentity.class));
  }

  private final ApplicationContextRunner plugins = new ApplicationContextRunner()
      .withBean(LazyInitializationBeanFactoryPostProcessor.class)
      .withUserConfiguration(PreparedFeel.class, GuardedLogins.class,
          CustomPlansForAuthorizationChecks.class, AuthorizedGroupsByIndex.class,
          EngineIndexes.class, RefusalsAreNoErrors.class, NodeIdentity.class, HistoryLevels.class);

  @ParameterizedTest(name = "sales-cycle.engine.{0}")
  @MethodSource("switches")
  void falseLeavesThePatchOutAndMissingKeepsIt(String name,
      Class<? extends ProcessEnginePlugin> patch) {
    plugins.withPropertyValues("sales-cycle.engine." + name + "=false").run(context -> {
      assertThat(context).doesNotHaveBean(patch);
      assertThat(context.getBeanNamesForType(ProcessEnginePlugin.class))
          .as("the other patches stay").hasSize(switches().toList().size());
    });
    plugins.run(context -> assertThat(context).hasSingleBean(patch));
    plugins.withPropertyValues("sales-cycle.engine." + name + "=true")
        .run(context -> assertThat(context).hasSingleBean(patch));
  }
}
