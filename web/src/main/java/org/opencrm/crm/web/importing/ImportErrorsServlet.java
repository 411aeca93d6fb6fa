package org.opencrm.crm.web.importing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.opencrm.crm.platform.export.ExcelCsv;
import org.opencrm.crm.platform.i18n.Messages;
import org.opencrm.crm.platform.i18n.StoredText;
import org.opencrm.crm.platform.importing.ImportError;
import org.opencrm.crm.platform.importing.ImportJobs;
import org.opencrm.crm.web.i18n.UserPreferences;

/** The rows an import refused, as CSV for Excel: row number in the file and the reason. */
@WebServlet("/app/import/errors.csv")
public class ImportErrorsServlet extends HttpServlet {

  @Inject ImportJobs jobs;
  @Inject UserPreferences preferences;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Long job;
    try {
      job = Long.valueOf(req.getParameter("job"));
    } catch (NumberFormatException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (jobs.view(job).isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    List<ImportError> errors = jobs.errors(job);
    resp.setContentType("text/csv; charset=UTF-8");
    resp.setHeader("Content-Disposition", "attachment; filename=\"import-" + job + "-errors.csv\"");
    resp.setHeader("Cache-Control", "no-store");
    ExcelCsv csv =
        ExcelCsv.start(
            resp.getOutputStream(),
            List.of(
                Messages.get(preferences.getLocale(), "import.errors.row"),
                Messages.get(preferences.getLocale(), "import.errors.reason")));
    for (ImportError e : errors) {
      csv.row(e.getRowNumber(), StoredText.read(e.getReason(), preferences.getLocale()));
    }
    csv.flush();
  }
}
