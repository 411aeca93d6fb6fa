package org.opencrm.crm.web.files;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.opencrm.crm.platform.files.RecordFile;
import org.opencrm.crm.platform.files.RecordFiles;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.web.list.RecordIds;

/**
 * {@code /app/files/<id>}: a file's bytes, only for someone who may see its record (404 otherwise,
 * the same as for no such file). Always a download, never shown as a page: a file's content must
 * not run in the application's origin.
 */
@WebServlet("/app/files/*")
public class FileDownloadServlet extends HttpServlet {

  /** Types a browser would render as active content: sent as plain bytes instead. */
  private static final Set<String> ACTIVE =
      Set.of(
          "text/html",
          "application/xhtml+xml",
          "image/svg+xml",
          "text/xml",
          "application/xml",
          "text/javascript",
          "application/javascript");

  @Inject RecordFiles files;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo();
    Long id = path == null ? null : RecordIds.parse(path.substring(1));
    Optional<RecordFile> found = files.find(id, PermissionAction.VIEW);
    if (found.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    RecordFile file = found.get();
    resp.setContentType(
        ACTIVE.contains(file.getContentType())
            ? "application/octet-stream"
            : file.getContentType());
    resp.setContentLengthLong(file.getSize());
    String ascii = file.getName().replaceAll("[^A-Za-z0-9._ -]", "_");
    resp.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + ascii
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(file.getName(), StandardCharsets.UTF_8).replace("+", "%20"));
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Cache-Control", "private, no-store");
    try (InputStream in = files.read(file)) {
      in.transferTo(resp.getOutputStream());
    }
  }
}
