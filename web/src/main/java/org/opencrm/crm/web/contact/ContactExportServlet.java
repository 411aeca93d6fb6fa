package org.opencrm.crm.web.contact;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.opencrm.crm.contact.Contact;
import org.opencrm.crm.contact.ContactCsvExport;
import org.opencrm.crm.contact.ContactFilter;
import org.opencrm.crm.contact.ContactSort;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.web.i18n.UserPreferences;
import org.opencrm.crm.web.list.RequestParams;

/** Downloads the filtered contact list as CSV for Excel, through the permission layer. */
@WebServlet("/app/export/contacts.csv")
public class ContactExportServlet extends HttpServlet {

  @Inject ContactCsvExport export;
  @Inject UserPreferences preferences;
  @Inject org.opencrm.crm.platform.customfield.CustomFields customFields;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Long owner;
    org.opencrm.crm.reference.ClassificationFilter classified;
    java.util.List<org.opencrm.crm.platform.customfield.CustomCondition> custom;
    try {
      custom =
          org.opencrm.crm.web.customfield.CustomFilterForm.fromParams(
                  req.getParameterMap(), customFields.active(Contact.ENTITY))
              .conditions(customFields.active(Contact.ENTITY));
      owner = RequestParams.number(req, "owner");
      classified =
          new org.opencrm.crm.reference.ClassificationFilter(
              RequestParams.number(req, "type"),
              RequestParams.number(req, "status"),
              RequestParams.number(req, "category"),
              RequestParams.number(req, "source"));
    } catch (NumberFormatException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    ContactSort sort;
    try {
      String raw = req.getParameter("sort");
      sort = raw == null || raw.isBlank() ? ContactSort.NAME_ASC : ContactSort.valueOf(raw);
    } catch (IllegalArgumentException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    ContactFilter filter =
        new ContactFilter(
            req.getParameter("name"),
            req.getParameter("phone"),
            null,
            req.getParameter("email"),
            owner,
            classified,
            custom);
    resp.setContentType("text/csv; charset=UTF-8");
    resp.setHeader(
        "Content-Disposition", "attachment; filename=\"contacts-" + LocalDate.now() + ".csv\"");
    resp.setHeader("Cache-Control", "no-store");
    try {
      export.write(filter, sort, preferences.getLocale(), resp.getOutputStream());
    } catch (AccessDeniedException e) {
      resp.reset();
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
