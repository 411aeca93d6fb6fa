package org.opencrm.crm.admin.archive;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.opencrm.crm.admin.dbserver.ServerChoice;
import org.opencrm.crm.admin.web.Console;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.tenant.archive.ArchiveRefusal;
import org.opencrm.crm.platform.tenant.archive.TenantImport;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/**
 * "Import a company": an archive file, the new company's address and name. The archive is checked
 * whole before anything is created; a refused one changes nothing.
 */
@Named
@RequestScoped
public class TenantImportForm {

  @Inject TenantImport importer;
  @Inject Console console;

  public String getDbServer() {
    return dbServer;
  }

  public void setDbServer(String dbServer) {
    this.dbServer = dbServer;
  }

  private Part file;
  private String slug = "";
  private String displayName = "";
  private String dbServer = "";

  public void importArchive() throws IOException {
    String s = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
    TenantRef created =
        console.act(
            "IMPORT",
            null,
            s,
            (file == null ? "no file" : file.getSubmittedFileName() + ", " + file.getSize() + " B"),
            "import",
            () -> {
              if (file == null || file.getSize() == 0) {
                throw new ValidationException(
                    List.of(FieldError.of(ArchiveRefusal.FIELD, ArchiveRefusal.REQUIRED)));
              }
              Path temp = null;
              try {
                temp = Files.createTempFile("crm-import-", ".zip");
                try (InputStream in = file.getInputStream()) {
                  Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                }
                return importer.importArchive(
                    temp, s, displayName == null ? "" : displayName, ServerChoice.chosen(dbServer));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } finally {
                if (temp != null) {
                  try {
                    Files.deleteIfExists(temp);
                  } catch (IOException ignored) {
                    // a temporary file; the system cleans it up
                  }
                }
              }
            });
    if (created != null) {
      console.message(null, FacesMessage.SEVERITY_INFO, "admin.import.done", created.slug());
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      external.redirect(
          external.getRequestContextPath() + "/console/tenant.xhtml?id=" + created.id());
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }
}
