package org.opencrm.crm.admin.archive;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.opencrm.crm.admin.security.OperatorSession;
import org.opencrm.crm.platform.i18n.Messages;
import org.opencrm.crm.platform.operator.Operator;
import org.opencrm.crm.platform.operator.OperatorAuditEntry;
import org.opencrm.crm.platform.operator.OperatorAuditLog;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.tenant.TenantRegistry;
import org.opencrm.crm.platform.tenant.archive.TenantExport;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.platform.web.ClientAddresses;
import org.opencrm.crm.platform.web.Refusals;

/**
 * {@code GET /console/archive?id=…}: streams a tenant's archive as a download, for operators only
 * (it holds all of the tenant's data); written to the audit trail.
 */
@WebServlet("/console/archive")
public class ArchiveDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject TenantRegistry registry;
  @Inject TenantExport export;
  @Inject OperatorAuditLog audit;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    OperatorSession op =
        req.getSession(false) == null
            ? null
            : (OperatorSession) req.getSession(false).getAttribute(OperatorSession.KEY);
    if (op == null || !Operator.Role.OPERATOR.name().equals(op.role())) {
      Refusals.refuse(req, res, HttpServletResponse.SC_FORBIDDEN, "error.403");
      return;
    }
    Optional<TenantRef> tenant;
    try {
      tenant = registry.findById(Long.valueOf(String.valueOf(req.getParameter("id")).strip()));
    } catch (NumberFormatException e) {
      tenant = Optional.empty();
    }
    if (tenant.isEmpty()) {
      Refusals.refuse(req, res, HttpServletResponse.SC_NOT_FOUND, "error.404");
      return;
    }
    TenantRef t = tenant.get();
    String address = ClientAddresses.of(req);
    try {
      res.setContentType("application/zip");
      res.setHeader(
          "Content-Disposition",
          "attachment; filename=\""
              + t.slug()
              + "-"
              + LocalDate.now(ZoneOffset.UTC)
              + ".crm-archive.zip\"");
      export.export(t.slug(), res.getOutputStream());
      audit.record(
          op.login(),
          "EXPORT",
          t.id(),
          t.slug(),
          null,
          OperatorAuditEntry.Outcome.OK,
          null,
          address);
    } catch (ValidationException e) {
      String why =
          Messages.get(
              Messages.fromAcceptLanguage(req.getHeader("Accept-Language")),
              e.errors().get(0).messageKey(),
              e.errors().get(0).arguments().toArray());
      audit.record(
          op.login(),
          "EXPORT",
          t.id(),
          t.slug(),
          null,
          OperatorAuditEntry.Outcome.FAILED,
          why,
          address);
      if (!res.isCommitted()) {
        res.reset();
        Refusals.refuse(req, res, HttpServletResponse.SC_CONFLICT, e.errors().get(0).messageKey());
      }
    }
  }
}
