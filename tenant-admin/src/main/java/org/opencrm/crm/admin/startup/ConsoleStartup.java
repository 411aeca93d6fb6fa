package org.opencrm.crm.admin.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.opencrm.crm.platform.migration.ControlSchema;
import org.opencrm.crm.platform.operator.Operator;
import org.opencrm.crm.platform.operator.OperatorDirectory;

/**
 * Brings the control schema up to date and, when the installation sets {@code
 * crm.operator.initial-password} (or {@code CRM_OPERATOR_INITIAL_PASSWORD}), creates the first
 * operator {@code operator} with it, unless it exists.
 */
@Singleton
@Startup
public class ConsoleStartup {

  private static final Logger LOG = Logger.getLogger(ConsoleStartup.class.getName());

  @Inject ControlSchema controlSchema;
  @Inject OperatorDirectory operators;

  @PostConstruct
  void start() {
    controlSchema.ensureCurrent();
    String password =
        System.getProperty(
            "crm.operator.initial-password", System.getenv("CRM_OPERATOR_INITIAL_PASSWORD"));
    if (password != null && password.length() >= 8) {
      operators.ensure("operator", "Operator", password, Operator.Role.OPERATOR);
      LOG.info("The first operator account is in place");
    }
  }
}
