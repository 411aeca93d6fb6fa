package org.opencrm.crm.web.record;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.customfield.CustomCondition;
import org.opencrm.crm.platform.customfield.CustomField;
import org.opencrm.crm.platform.record.RecordRepository;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.security.UserDirectory;
import org.opencrm.crm.web.customfield.CustomFilterForm;
import org.opencrm.crm.web.i18n.Texts;
import org.opencrm.crm.web.list.KeyedLazyModel;

/**
 * What every record list page shares: the total counted up to a cap and said in words, the
 * responsible users to filter by, the add and export rights, and forgetting the pages' keys when a
 * filter changes. The entity's texts are {@code <entity>.count} and {@code <entity>.countCapped}.
 *
 * @param <R> a row as the table shows it
 */
public abstract class RecordListPage<R> implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject protected UserDirectory users;
  @Inject protected AccessControl access;
  @Inject protected Texts texts;

  @Inject protected org.opencrm.crm.web.customfield.CustomFieldsUi customFields;

  private Integer count;
  private final CustomFilterForm customFilter = new CustomFilterForm();
  private final Map<Long, Map<Long, Object>> customValues = new HashMap<>();

  /** The entity's key in permissions and texts. */
  protected abstract String entity();

  /** How many records the current filter finds, counting no further than the cap + 1. */
  protected abstract int countCapped();

  /** The table's model. */
  protected abstract KeyedLazyModel<R, ?> model();

  /** The filters changed: count again, read pages from the start. */
  public void apply() {
    model().reset();
    count = null;
    customValues.clear();
  }

  /** The list's filters on custom fields. */
  public CustomFilterForm getCustomFilter() {
    return customFilter;
  }

  /**
   * Takes custom field filters from the page's address ({@code cf<id>.opt=…}, as exports carry
   * them), so a filtered list can be linked to and bookmarked.
   */
  protected void customFiltersFromAddress() {
    Map<String, String[]> params =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap();
    if (params.keySet().stream().noneMatch(k -> k.startsWith("cf"))) {
      return;
    }
    try {
      CustomFilterForm given = CustomFilterForm.fromParams(params, customFields.active(entity()));
      customFilter.copyFrom(given);
    } catch (NumberFormatException e) {
      // A mangled address filters on nothing rather than failing.
    }
  }

  /** The conditions of the custom field filters, for the repository. */
  protected List<CustomCondition> customConditions() {
    return customFilter.conditions(customFields.active(entity()));
  }

  /** The fields a user may filter the list by. */
  public List<CustomField> getCustomFilterFields() {
    return customFields.active(entity());
  }

  /** The custom fields shown as columns. */
  public List<CustomField> getCustomColumns() {
    return customFields.listed(entity());
  }

  /** Reads the custom values of a page's records, for the columns. */
  protected void rememberCustomValues(Collection<Long> ids) {
    customValues.putAll(customFields.forList(entity(), ids));
  }

  /** A record's value of a custom column, as text. */
  public String customText(Long recordId, CustomField field) {
    Map<Long, Object> values = customValues.get(recordId);
    return values == null ? "" : customFields.text(field, values.get(field.getId()));
  }

  public int getCount() {
    if (count == null) {
      count = countCapped();
    }
    return count;
  }

  /** The count the table's paginator pages over. */
  protected int shownCount() {
    return Math.min(getCount(), RecordRepository.COUNT_CAP);
  }

  public String getCountLabel() {
    int n = getCount();
    return n > RecordRepository.COUNT_CAP
        ? texts.get(entity() + ".countCapped", RecordRepository.COUNT_CAP)
        : texts.plural(entity() + ".count", n);
  }

  public boolean isCanAdd() {
    return access.can(entity(), PermissionAction.ADD);
  }

  public boolean isCanExport() {
    return access.can(entity(), PermissionAction.EXPORT);
  }

  /** Users to filter by: those whose records the viewer may see. */
  public Map<String, Long> getOwners() {
    Map<String, Long> owners = new LinkedHashMap<>();
    users.listActive().stream()
        .filter(u -> access.allows(entity(), PermissionAction.VIEW, u))
        .forEach(u -> owners.put(u.getFullName(), u.getId()));
    return owners;
  }
}
