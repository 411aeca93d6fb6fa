package org.opencrm.crm.web.importing;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.i18n.StoredText;
import org.opencrm.crm.platform.importing.DuplicatePolicy;
import org.opencrm.crm.platform.importing.ImportCounts;
import org.opencrm.crm.platform.importing.ImportField;
import org.opencrm.crm.platform.importing.ImportJob;
import org.opencrm.crm.platform.importing.ImportJobs;
import org.opencrm.crm.platform.importing.ImportSpec;
import org.opencrm.crm.platform.importing.SheetRows;
import org.opencrm.crm.platform.importing.TextFileFormat;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.web.i18n.Texts;

/**
 * The import page: upload, then the preview with the format (encoding and separator, which the user
 * may change) and a field for every column (guessed from the headers), then the job's progress and
 * result. The job lives on its own address ({@code ?job=}), so a reload or a later visit shows
 * where it stands.
 */
@Named
@ViewScoped
public class ImportWizard implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Encodings offered for a CSV file. */
  public static final List<String> CHARSETS =
      List.of("UTF-8", "windows-1251", "KOI8-R", "UTF-16LE", "UTF-16BE", "IBM866");

  @Inject ImportJobs jobs;
  @Inject Texts texts;

  private String entity = "contact";
  private Long jobId;
  private transient Part file;
  private String fileName;
  private String storedFile;
  private SheetRows.Kind kind;
  private String charset;
  private int bom;
  private String separator;
  private boolean headerRow = true;
  private List<List<String>> rows = List.of();
  private List<ColumnChoice> columns = new ArrayList<>();
  private DuplicatePolicy duplicates = DuplicatePolicy.SKIP;

  /** One column of the file and the field it fills. */
  public static class ColumnChoice implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int index;
    private final String header;
    private String field;

    ColumnChoice(int index, String header, String field) {
      this.index = index;
      this.header = header;
      this.field = field;
    }

    public int getIndex() {
      return index;
    }

    public String getHeader() {
      return header;
    }

    public String getField() {
      return field;
    }

    public void setField(String field) {
      this.field = field;
    }
  }

  public void load() {
    if (jobId != null) {
      if (jobs.view(jobId).isEmpty()) {
        jobId = null;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        texts.message(null, FacesMessage.SEVERITY_ERROR, "import.job.notFound");
      }
      return;
    }
    if (!List.of("contact").contains(entity)) {
      entity = "contact";
    }
    if (!jobs.canImport(entity)) {
      throw new AccessDeniedException("No right to add " + entity);
    }
  }

  /** Keeps the uploaded file and reads its first rows. */
  public void upload() {
    if (file == null || file.getSize() == 0) {
      texts.message("upload:file", FacesMessage.SEVERITY_ERROR, "import.file.empty");
      return;
    }
    try {
      discard();
      Path kept = jobs.keep(file.getInputStream());
      storedFile = kept.toString();
      fileName = file.getSubmittedFileName() == null ? "import" : file.getSubmittedFileName();
      preview(null, true);
    } catch (ValidationException e) {
      show(e, "upload:file");
    } catch (IOException e) {
      texts.message("upload:file", FacesMessage.SEVERITY_ERROR, "import.file.unreadable");
    }
  }

  /** Reads the file again in the encoding and separator the user chose. */
  public void reread() {
    if (storedFile == null) {
      return;
    }
    preview(format(), false);
  }

  private void preview(TextFileFormat format, boolean guess) {
    try {
      ImportJobs.Preview p = jobs.preview(entity, Path.of(storedFile), fileName, format);
      kind = p.kind();
      if (p.format() != null) {
        charset = p.format().charset().name();
        bom = p.format().bom();
        separator = String.valueOf(p.format().separator());
        if (p.format().detected() && guess) {
          texts.message(null, FacesMessage.SEVERITY_WARN, "import.charset.guessed", charset);
        }
      }
      rows = p.rows();
      List<ColumnChoice> previous = columns;
      columns = new ArrayList<>();
      List<String> headers = rows.get(0);
      for (int i = 0; i < p.columns(); i++) {
        String header = i < headers.size() ? headers.get(i) : "";
        String field =
            !guess && i < previous.size() ? previous.get(i).getField() : p.guessed().get(i);
        columns.add(new ColumnChoice(i, header, field));
      }
    } catch (ValidationException e) {
      show(e, "upload:file");
      storedFile = null;
    }
  }

  private TextFileFormat format() {
    if (kind != SheetRows.Kind.CSV) {
      return null;
    }
    Charset cs = Charset.forName(charset);
    char sep = "\\t".equals(separator) || "\t".equals(separator) ? '\t' : separator.charAt(0);
    // A BOM found in the file is skipped whatever the encoding chosen.
    return new TextFileFormat(cs, bom, sep, false);
  }

  /** Starts the import and goes to the job's address. */
  public void start() throws IOException {
    if (storedFile == null) {
      return;
    }
    try {
      List<String> mapping = columns.stream().map(ColumnChoice::getField).toList();
      Long id =
          jobs.start(
              new ImportSpec(
                  entity,
                  fileName,
                  Path.of(storedFile),
                  kind,
                  format(),
                  headerRow,
                  mapping,
                  duplicates));
      storedFile = null;
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/app/import.xhtml?job=" + id);
    } catch (ValidationException e) {
      show(e, null);
    }
  }

  public void cancel() {
    if (jobId != null && jobs.cancel(jobId)) {
      texts.message(null, FacesMessage.SEVERITY_INFO, "import.cancelling");
    }
  }

  private void discard() {
    if (storedFile != null) {
      try {
        Files.deleteIfExists(Path.of(storedFile));
      } catch (IOException e) {
        // a temporary file; the system cleans it up
      }
      storedFile = null;
    }
  }

  private void show(ValidationException e, String clientId) {
    for (FieldError error : e.errors()) {
      texts.message(
          clientId, FacesMessage.SEVERITY_ERROR, error.messageKey(), error.arguments().toArray());
    }
    FacesContext.getCurrentInstance().validationFailed();
  }

  // The job's page.

  private ImportJobs.JobView view() {
    return jobId == null ? null : jobs.view(jobId).orElse(null);
  }

  public boolean isRunning() {
    ImportJobs.JobView v = view();
    return v != null && v.status() == ImportJob.Status.RUNNING;
  }

  public String getStatus() {
    ImportJobs.JobView v = view();
    return v == null ? "" : v.status().name();
  }

  public String getStatusText() {
    ImportJobs.JobView v = view();
    return v == null ? "" : texts.get("import.status." + v.status());
  }

  public ImportCounts getCounts() {
    ImportJobs.JobView v = view();
    return v == null ? ImportCounts.NONE : v.counts();
  }

  public int getTotal() {
    ImportJobs.JobView v = view();
    return v == null ? 0 : v.job().getTotalRows();
  }

  public int getPercent() {
    ImportJobs.JobView v = view();
    if (v == null) {
      return 0;
    }
    if (v.status() != ImportJob.Status.RUNNING) {
      return 100;
    }
    int total = v.job().getTotalRows();
    return total == 0 ? 0 : Math.min(99, (int) (100L * v.counts().processed() / total));
  }

  public String getJobFileName() {
    ImportJobs.JobView v = view();
    return v == null ? "" : v.job().getFileName();
  }

  public String getFailure() {
    ImportJobs.JobView v = view();
    return v == null || v.message() == null ? "" : StoredText.read(v.message(), texts.locale());
  }

  // The upload and preview.

  /** The fields a column may fill, by name in the user's language ("" leaves it out). */
  public Map<String, String> getFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(texts.get("import.column.skip"), "");
    for (ImportField f : jobs.fields(entity)) {
      String label =
          f.id().startsWith("cf:") ? f.headers().get(0) : texts.get("import.field." + f.id());
      fields.put(label, f.id());
    }
    return fields;
  }

  /** The encodings offered, the one the file was read in among them. */
  public List<String> getCharsets() {
    if (charset == null || CHARSETS.contains(charset)) {
      return CHARSETS;
    }
    List<String> all = new ArrayList<>(CHARSETS);
    all.add(charset);
    return all;
  }

  public boolean isUploaded() {
    return storedFile != null;
  }

  public boolean isCsv() {
    return kind == SheetRows.Kind.CSV;
  }

  /** The rows after the header (when there is one), as the preview shows them. */
  public List<List<String>> getSampleRows() {
    return headerRow && !rows.isEmpty() ? rows.subList(1, rows.size()) : rows;
  }

  public DuplicatePolicy[] getPolicies() {
    return DuplicatePolicy.values();
  }

  public String getEntity() {
    return entity;
  }

  public void setEntity(String entity) {
    this.entity = entity;
  }

  public Long getJobId() {
    return jobId;
  }

  /** The job's id as the address gives it (a number, or nothing). */
  public String getJobParam() {
    return jobId == null ? null : jobId.toString();
  }

  public void setJobParam(String value) {
    this.jobId = org.opencrm.crm.web.list.RecordIds.parse(value);
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getFileName() {
    return fileName;
  }

  public String getCharset() {
    return charset;
  }

  public void setCharset(String charset) {
    this.charset = getCharsets().contains(charset) ? charset : this.charset;
  }

  public String getSeparator() {
    return separator;
  }

  public void setSeparator(String separator) {
    this.separator =
        separator != null && List.of(";", ",", "\t", "\\t").contains(separator)
            ? separator
            : this.separator;
  }

  public boolean isHeaderRow() {
    return headerRow;
  }

  public void setHeaderRow(boolean headerRow) {
    this.headerRow = headerRow;
  }

  public List<ColumnChoice> getColumns() {
    return columns;
  }

  public DuplicatePolicy getDuplicates() {
    return duplicates;
  }

  public void setDuplicates(DuplicatePolicy duplicates) {
    this.duplicates = duplicates == null ? DuplicatePolicy.SKIP : duplicates;
  }
}
