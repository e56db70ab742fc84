package org.salescycle.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start that stops for a missing setting reports that setting and what to do, instead of the
 * stack trace of the bean that needed it.
 */
class MissingSettingFailureAnalyzer extends AbstractFailureAnalyzer<MissingSetting> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingSetting cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Set " + cause.setting() + " and start again (see docs/operations.md).", cause);
  }
}
