package org.salescycle.pipeline;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /operations/pipeline/rebuild}: rebuilds the pipeline read model from the engine's
 * history (administrators only, HTTP Basic, as every /operations endpoint).
 */
@RestController
class PipelineRebuildController {

  private final PipelineRebuild rebuild;

  PipelineRebuildController(PipelineRebuild rebuild) {
    this.rebuild = rebuild;
  }

  @PostMapping("/operations/pipeline/rebuild")
  PipelineRebuild.Result rebuild() {
    return rebuild.rebuild();
  }
}
