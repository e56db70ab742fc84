package org.salescycle.operations;

/**
 * A setting the application cannot start without, named as the operator sets it (an environment
 * variable). {@link MissingSettingFailureAnalyzer} turns it into one report naming the setting.
 */
public class MissingSetting extends IllegalStateException {

  private final String setting;

  public MissingSetting(String setting, String message) {
    super(message);
    this.setting = setting;
  }

  public String setting() {
    return setting;
  }
}
