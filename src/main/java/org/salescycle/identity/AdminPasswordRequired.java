package org.salescycle.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.salescycle.operations.RequiredSettings;
import org.springframework.stereotype.Component;

/**
 * Stops the engine from starting with an administrator whose password nobody chose: the Camunda
 * starter would otherwise fall back to the user id as the password. Only the demo profile ships
 * one; every other setup must set SALES_CYCLE_ADMIN_PASSWORD.
 */
@Component
class AdminPasswordRequired extends AbstractProcessEnginePlugin {

  private final CamundaBpmProperties camunda;

  AdminPasswordRequired(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var admin = camunda.getAdminUser();
    if (admin == null || admin.getId() == null) {
      return;
    }
    RequiredSettings.adminPassword(admin.getId(), admin.getPassword());
  }
}
