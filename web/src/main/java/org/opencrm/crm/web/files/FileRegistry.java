package org.opencrm.crm.web.files;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.files.RecordFile;
import org.opencrm.crm.platform.files.RecordFiles;
import org.opencrm.crm.platform.record.RecordRepository;
import org.opencrm.crm.platform.security.UserDirectory;
import org.opencrm.crm.web.i18n.Texts;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The files registry: every file the user may see through its record, newest first, filtered by
 * name, kind of record and who uploaded it, each row linked to its record and its download.
 */
@Named
@ViewScoped
public class FileRegistry implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One file as the table shows it. */
  public record Row(
      Long id,
      String name,
      long size,
      String uploadedBy,
      Instant uploadedAt,
      String entity,
      Long recordId,
      String recordName)
      implements Serializable {}

  @Inject RecordFiles files;
  @Inject UserDirectory users;
  @Inject Texts texts;

  private String name;
  private String entity;
  private Long uploadedBy;
  private Integer count;

  private final LazyDataModel<Row> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return Math.min(getCount(), RecordRepository.COUNT_CAP);
        }

        @Override
        public List<Row> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          List<RecordFile> page =
              files.registry(filter(), Math.min(first, RecordRepository.MAX_OFFSET), pageSize);
          Map<String, List<Long>> byEntity = new HashMap<>();
          page.forEach(
              r ->
                  byEntity
                      .computeIfAbsent(r.getEntity(), k -> new ArrayList<>())
                      .add(r.getRecordId()));
          Map<String, Map<Long, String>> names = new HashMap<>();
          byEntity.forEach((e, ids) -> names.put(e, files.recordNames(e, ids)));
          return page.stream()
              .map(
                  r ->
                      new Row(
                          r.getId(),
                          r.getName(),
                          r.getSize(),
                          r.getUploadedByName(),
                          r.getUploadedAt(),
                          r.getEntity(),
                          r.getRecordId(),
                          names.get(r.getEntity()).getOrDefault(r.getRecordId(), "")))
              .toList();
        }

        @Override
        public String getRowKey(Row row) {
          return String.valueOf(row.id());
        }

        @Override
        public Row getRowData(String rowKey) {
          return null;
        }
      };

  private RecordFiles.Filter filter() {
    return new RecordFiles.Filter(
        name, entity == null || entity.isBlank() ? null : entity, uploadedBy, null, null);
  }

  public void apply() {
    count = null;
  }

  public void reset() {
    name = null;
    entity = null;
    uploadedBy = null;
    apply();
  }

  public int getCount() {
    if (count == null) {
      count = files.count(filter(), RecordRepository.COUNT_CAP);
    }
    return count;
  }

  public String getCountLabel() {
    int n = getCount();
    return n > RecordRepository.COUNT_CAP
        ? texts.get("files.countCapped", RecordRepository.COUNT_CAP)
        : texts.get("files.count", n);
  }

  /** The kinds of record, by name in the user's language. */
  public Map<String, String> getEntities() {
    Map<String, String> kinds = new LinkedHashMap<>();
    for (String e : files.entities()) {
      kinds.put(texts.get("files.entity." + e), e);
    }
    return kinds;
  }

  /** Active users, to filter by who uploaded. */
  public Map<String, Long> getUploaders() {
    Map<String, Long> all = new LinkedHashMap<>();
    users.listActive().forEach(u -> all.put(u.getFullName(), u.getId()));
    return all;
  }

  public LazyDataModel<Row> getModel() {
    return model;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEntity() {
    return entity;
  }

  public void setEntity(String entity) {
    this.entity = entity;
  }

  public Long getUploadedBy() {
    return uploadedBy;
  }

  public void setUploadedBy(Long uploadedBy) {
    this.uploadedBy = uploadedBy;
  }
}
