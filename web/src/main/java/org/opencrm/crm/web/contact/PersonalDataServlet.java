package org.opencrm.crm.web.contact;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencrm.crm.contact.ContactNotFoundException;
import org.opencrm.crm.contact.ContactPersonalData;
import org.opencrm.crm.web.list.RecordIds;

/** Downloads everything held about one contact, as JSON (a subject access request). */
@WebServlet("/app/export/contact-personal-data.json")
public class PersonalDataServlet extends HttpServlet {

  @Inject ContactPersonalData personalData;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Long id = RecordIds.parse(req.getParameter("id"));
    try {
      String json = personalData.export(id).toString();
      resp.setContentType("application/json");
      resp.setCharacterEncoding("UTF-8");
      resp.setHeader(
          "Content-Disposition", "attachment; filename=\"contact-" + id + "-personal-data.json\"");
      resp.getWriter().write(json);
    } catch (ContactNotFoundException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
