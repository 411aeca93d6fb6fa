package org.opencrm.crm.web.company;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrm.crm.company.Company;
import org.opencrm.crm.company.CompanyFilter;
import org.opencrm.crm.company.CompanyRepository;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.web.list.KeyedLazyModel;
import org.opencrm.crm.web.record.RecordListPage;
import org.opencrm.crm.web.reference.ClassificationChoiceFilter;
import org.primefaces.model.LazyDataModel;

/** The company list: filters by name, INN, phone, e-mail and responsible; pages read by keys. */
@Named
@ViewScoped
public class CompanyList extends RecordListPage<CompanyRow> {

  @Override
  protected String entity() {
    return Company.ENTITY;
  }

  @Override
  protected int countCapped() {
    return repository.countCapped(filter(), PermissionAction.VIEW);
  }

  @Override
  protected KeyedLazyModel<CompanyRow, ?> model() {
    return model;
  }

  private static final long serialVersionUID = 1L;

  @Inject CompanyRepository repository;

  private String q;
  private String name;
  private String inn;
  private String phone;
  private String email;
  private Long ownerId;
  private Long activityId;
  private final ClassificationChoiceFilter classified = new ClassificationChoiceFilter();

  private final Model model = new Model();

  /** Applies the search box's term, if the page was opened with one. */
  public void onLoad() {
    customFiltersFromAddress();
    if (q != null && !q.isBlank()) {
      CompanyFilter quick = CompanyFilter.quick(q);
      name = quick.name();
      inn = quick.inn();
      phone = quick.phone();
      email = quick.email();
    }
  }

  public CompanyFilter filter() {
    return new CompanyFilter(
        name, inn, phone, email, ownerId, classified.filter(), activityId, customConditions());
  }

  public boolean isFiltered() {
    return !filter().equals(CompanyFilter.NONE);
  }

  public void reset() {
    q = null;
    name = null;
    inn = null;
    phone = null;
    email = null;
    ownerId = null;
    activityId = null;
    classified.clear();
    getCustomFilter().clear();
    apply();
  }

  public LazyDataModel<CompanyRow> getModel() {
    return model;
  }

  /** The export link, carrying the list's filters. */
  public String getExportQuery() {
    List<String> params = new java.util.ArrayList<>();
    org.opencrm.crm.web.list.RequestParams.query(params, "name", name);
    org.opencrm.crm.web.list.RequestParams.query(params, "inn", inn);
    org.opencrm.crm.web.list.RequestParams.query(params, "phone", phone);
    org.opencrm.crm.web.list.RequestParams.query(params, "email", email);
    org.opencrm.crm.web.list.RequestParams.query(
        params, "owner", ownerId == null ? null : ownerId.toString());
    org.opencrm.crm.web.list.RequestParams.query(
        params, "activity", activityId == null ? null : activityId.toString());
    classified.addTo(params);
    getCustomFilter().addTo(params);
    return String.join("&", params);
  }

  /** Loads pages through the permission layer, by keys where it can. */
  private class Model extends KeyedLazyModel<CompanyRow, CompanyRepository.Cursor> {

    private static final long serialVersionUID = 1L;

    @Override
    protected int total() {
      return shownCount();
    }

    @Override
    protected Chunk<CompanyRow, CompanyRepository.Cursor> fetch(
        CompanyRepository.Cursor after, int offset, int size) {
      List<Company> rows =
          repository.page(filter(), after, offset, size, PermissionAction.VIEW).rows();
      rememberCustomValues(rows.stream().map(Company::getId).toList());
      return new Chunk<>(
          rows.stream().map(r -> CompanyRow.of(r, texts.locale())).toList(),
          rows.isEmpty() ? null : CompanyRepository.Cursor.after(rows.get(rows.size() - 1)));
    }

    @Override
    protected Object idOf(CompanyRow row) {
      return row.id();
    }
  }

  public ClassificationChoiceFilter getClassified() {
    return classified;
  }

  public Long getActivityId() {
    return activityId;
  }

  public void setActivityId(Long activityId) {
    this.activityId = activityId;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getInn() {
    return inn;
  }

  public void setInn(String inn) {
    this.inn = inn;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }
}
