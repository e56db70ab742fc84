package org.salescycle.pipeline;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.salescycle.stage.Stage;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The sales view's settings, editable without a code change ({@code sales-cycle.pipeline.*}).
 *
 * @param probability the chance, in percent, that a lead in the stage is won; weights its value
 * @param stalledAfter how long a lead may sit in the stage without anyone working on it before it
 *     counts as stalled; stages not listed never stall (e.g. NURTURE, which waits on purpose)
 */
@Validated
@ConfigurationProperties("sales-cycle.pipeline")
public record PipelineProperties(
    @NotNull Map<Stage, Integer> probability,
    @NotNull Map<Stage, Duration> stalledAfter) {

  int probabilityOf(Stage stage) {
    return probability.getOrDefault(stage, 0);
  }
}
