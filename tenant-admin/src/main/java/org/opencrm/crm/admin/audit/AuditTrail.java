package org.opencrm.crm.admin.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrm.crm.platform.operator.OperatorAuditEntry;
import org.opencrm.crm.platform.operator.OperatorAuditLog;

/** The latest operator actions of the whole service, newest first. */
@Named
@RequestScoped
public class AuditTrail {

  static final int SHOWN = 300;

  @Inject OperatorAuditLog log;

  private List<OperatorAuditEntry> entries;

  public List<OperatorAuditEntry> getEntries() {
    if (entries == null) {
      entries = log.latest(SHOWN);
    }
    return entries;
  }
}
