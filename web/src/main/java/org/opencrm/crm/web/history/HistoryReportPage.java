package org.opencrm.crm.web.history;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencrm.crm.platform.history.HistoryEntry;
import org.opencrm.crm.platform.history.HistoryReport;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.platform.security.UserDirectory;
import org.opencrm.crm.platform.settings.TenantSettingsService;
import org.opencrm.crm.web.i18n.Texts;
import org.opencrm.crm.web.list.KeyedLazyModel;
import org.primefaces.model.LazyDataModel;

/**
 * The history report page: who changed what and when across the tenant, newest first, filtered by
 * user, entity, action and period; each row links to its record's card when there is one.
 */
@Named
@ViewScoped
public class HistoryReportPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int CAP = 10_000;

  /** Entities whose records have a card to link to. */
  private static final List<String> WITH_CARDS = List.of("contact", "company", "product");

  /** One row of the report. */
  public record Row(Long id, String entity, String url, HistoryView.Event event, String changes)
      implements Serializable {
    public String getEntity() {
      return entity;
    }

    public String getUrl() {
      return url;
    }

    public HistoryView.Event getEvent() {
      return event;
    }

    public String getChanges() {
      return changes;
    }
  }

  @Inject HistoryReport report;
  @Inject HistoryView view;
  @Inject UserDirectory users;
  @Inject TenantSettingsService settings;
  @Inject Texts texts;

  private Long actorId;
  private String entityType;
  private HistoryEntry.Action action;
  private LocalDate from;
  private LocalDate to;
  private Integer count;
  private final Model model = new Model();

  public void load() {
    if (!report.allowed()) {
      throw new AccessDeniedException("The history report is for administrators");
    }
  }

  public void apply() {
    model.reset();
    count = null;
  }

  public void reset() {
    actorId = null;
    entityType = null;
    action = null;
    from = null;
    to = null;
    apply();
  }

  private HistoryReport.Query query() {
    ZoneId zone = ZoneId.of(settings.current().getTimeZone());
    return new HistoryReport.Query(
        actorId,
        entityType,
        action,
        from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000));
  }

  public String getCountLabel() {
    if (count == null) {
      count = report.countCapped(query(), CAP);
    }
    return count > CAP
        ? texts.get("historyReport.countCapped", CAP)
        : texts.plural("historyReport.count", count);
  }

  public LazyDataModel<Row> getModel() {
    return model;
  }

  /** The users, by name, to filter by. */
  public Map<String, Long> getUsers() {
    Map<String, Long> all = new LinkedHashMap<>();
    users.listActive().forEach(u -> all.put(u.getFullName(), u.getId()));
    return all;
  }

  /** The entities history knows, by name in the user's language. */
  public Map<String, String> getEntities() {
    Map<String, String> all = new LinkedHashMap<>();
    for (String e :
        List.of(
            "contact",
            "company",
            "product",
            "product-category",
            "reference",
            "settings",
            "profile")) {
      all.put(texts.get("historyReport.entity." + e), e);
    }
    return all;
  }

  public HistoryEntry.Action[] getActions() {
    return HistoryEntry.Action.values();
  }

  private class Model extends KeyedLazyModel<Row, Long> {

    private static final long serialVersionUID = 1L;

    @Override
    protected int total() {
      getCountLabel();
      return Math.min(count, CAP);
    }

    @Override
    protected Chunk<Row, Long> fetch(Long after, int offset, int size) {
      List<HistoryEntry> entries = report.page(query(), after, offset, size);
      List<Row> rows =
          entries.stream()
              .map(
                  h -> {
                    HistoryView.Event event = view.event(h);
                    return new Row(
                        h.getId(),
                        texts.get("historyReport.entity." + h.getEntityType()),
                        WITH_CARDS.contains(h.getEntityType())
                            ? "/app/" + h.getEntityType() + ".xhtml?id=" + h.getEntityId()
                            : null,
                        event,
                        event.changes().stream()
                            .map(c -> c.field() + ": " + c.oldValue() + " → " + c.newValue())
                            .collect(Collectors.joining("; ")));
                  })
              .toList();
      return new Chunk<>(rows, entries.isEmpty() ? null : entries.get(entries.size() - 1).getId());
    }

    @Override
    protected Object idOf(Row row) {
      return row.id();
    }
  }

  public Long getActorId() {
    return actorId;
  }

  public void setActorId(Long actorId) {
    this.actorId = actorId;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public HistoryEntry.Action getAction() {
    return action;
  }

  public void setAction(HistoryEntry.Action action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
