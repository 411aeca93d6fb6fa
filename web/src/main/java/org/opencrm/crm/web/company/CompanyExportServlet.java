package org.opencrm.crm.web.company;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.opencrm.crm.company.Company;
import org.opencrm.crm.company.CompanyCsvExport;
import org.opencrm.crm.company.CompanyFilter;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.reference.ClassificationFilter;
import org.opencrm.crm.web.i18n.UserPreferences;
import org.opencrm.crm.web.list.RequestParams;

/** Downloads the filtered company list as CSV for Excel, through the permission layer. */
@WebServlet("/app/export/companies.csv")
public class CompanyExportServlet extends HttpServlet {

  @Inject CompanyCsvExport export;
  @Inject UserPreferences preferences;
  @Inject org.opencrm.crm.platform.customfield.CustomFields customFields;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    CompanyFilter filter;
    try {
      filter =
          new CompanyFilter(
              req.getParameter("name"),
              req.getParameter("inn"),
              req.getParameter("phone"),
              req.getParameter("email"),
              RequestParams.number(req, "owner"),
              new ClassificationFilter(
                  RequestParams.number(req, "type"),
                  RequestParams.number(req, "status"),
                  RequestParams.number(req, "category"),
                  RequestParams.number(req, "source")),
              RequestParams.number(req, "activity"),
              org.opencrm.crm.web.customfield.CustomFilterForm.fromParams(
                      req.getParameterMap(), customFields.active(Company.ENTITY))
                  .conditions(customFields.active(Company.ENTITY)));
    } catch (NumberFormatException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    resp.setContentType("text/csv; charset=UTF-8");
    resp.setHeader(
        "Content-Disposition", "attachment; filename=\"companies-" + LocalDate.now() + ".csv\"");
    resp.setHeader("Cache-Control", "no-store");
    try {
      export.write(filter, preferences.getLocale(), resp.getOutputStream());
    } catch (AccessDeniedException e) {
      resp.reset();
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
