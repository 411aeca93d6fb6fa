package org.opencrm.crm.web.files;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencrm.crm.platform.files.RecordFile;
import org.opencrm.crm.platform.files.RecordFiles;
import org.opencrm.crm.platform.plan.PlanLimitException;
import org.opencrm.crm.platform.record.RecordNotFoundException;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.web.i18n.Texts;

/**
 * The files panel of a record card ({@code /WEB-INF/includes/record-files.xhtml}): the record's
 * files, an upload that attaches one, and removal. After a change the card is shown again by its
 * address, so a reload does not upload twice.
 */
@Named
@RequestScoped
public class RecordFilesPanel {

  @Inject RecordFiles files;
  @Inject Texts texts;

  private Part upload;
  private final Map<String, List<RecordFile>> read = new HashMap<>();

  public List<RecordFile> files(String entity, Long recordId) {
    return read.computeIfAbsent(entity + "#" + recordId, k -> files.of(entity, recordId));
  }

  public boolean canChange(String entity, Long recordId) {
    return recordId != null && files.canChange(entity, recordId);
  }

  /** Attaches the uploaded file to the record. */
  public void attach(String entity, Long recordId) throws IOException {
    if (upload == null || upload.getSize() == 0) {
      texts.message("files:file", FacesMessage.SEVERITY_ERROR, "file.empty");
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      RecordFile file =
          files.attach(
              entity,
              recordId,
              upload.getSubmittedFileName(),
              upload.getContentType(),
              upload.getSize(),
              in);
      texts.flash("file.attached", file.getName());
      back();
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        texts.message(
            "files:file",
            FacesMessage.SEVERITY_ERROR,
            error.messageKey(),
            error.arguments().toArray());
      }
    } catch (PlanLimitException e) {
      texts.message(
          "files:file", FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments().toArray());
    } catch (RecordNotFoundException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "file.recordGone");
    }
  }

  /** Removes a file from its record. */
  public void remove(Long fileId) throws IOException {
    try {
      files.remove(fileId);
      texts.flash("file.removed");
      back();
    } catch (RecordNotFoundException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, "file.recordGone");
    }
  }

  private static void back() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String query = external.getRequestParameterMap().get("files:back");
    external.redirect(
        external.getRequestContextPath()
            + FacesContext.getCurrentInstance().getViewRoot().getViewId()
            + (query == null || !query.matches("id=\\d{1,19}") ? "" : "?" + query));
  }

  /** A size in the units people read: 512 B, 12.3 KB, 4.5 MB. */
  public String size(long bytes) {
    Locale locale = texts.locale();
    if (bytes < 1024) {
      return texts.get("file.size.bytes", bytes);
    }
    if (bytes < 1024 * 1024) {
      return texts.get("file.size.kb", String.format(locale, "%.1f", bytes / 1024.0));
    }
    return texts.get("file.size.mb", String.format(locale, "%.1f", bytes / (1024.0 * 1024)));
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
