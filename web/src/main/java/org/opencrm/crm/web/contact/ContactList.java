package org.opencrm.crm.web.contact;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.contact.Contact;
import org.opencrm.crm.contact.ContactCursor;
import org.opencrm.crm.contact.ContactFilter;
import org.opencrm.crm.contact.ContactPage;
import org.opencrm.crm.contact.ContactRepository;
import org.opencrm.crm.contact.ContactSort;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.web.list.KeyedLazyModel;
import org.opencrm.crm.web.record.RecordListPage;
import org.opencrm.crm.web.reference.ClassificationChoiceFilter;
import org.primefaces.model.LazyDataModel;

/** The contact list: filters, an order, pages read by keys, the total counted up to a cap. */
@Named
@ViewScoped
public class ContactList extends RecordListPage<ContactRow> {

  @Override
  protected String entity() {
    return Contact.ENTITY;
  }

  @Override
  protected int countCapped() {
    return repository.countCapped(filter(), PermissionAction.VIEW);
  }

  @Override
  protected KeyedLazyModel<ContactRow, ?> model() {
    return model;
  }

  private static final long serialVersionUID = 1L;

  @Inject ContactRepository repository;

  private String q;
  private String name;
  private String phone;
  private String email;
  private Long ownerId;
  private final ClassificationChoiceFilter classified = new ClassificationChoiceFilter();
  private ContactSort sort = ContactSort.NAME_ASC;

  private final Model model = new Model();

  /** Applies the search box's term, if the page was opened with one. */
  public void onLoad() {
    customFiltersFromAddress();
    if (q != null && !q.isBlank()) {
      ContactFilter quick = ContactFilter.quick(q);
      name = quick.name();
      phone = quick.phone();
      email = quick.email();
    }
  }

  public ContactFilter filter() {
    return new ContactFilter(
        name, phone, null, email, ownerId, classified.filter(), customConditions());
  }

  /** Whether any filter narrows the list (an empty list then means "no matches"). */
  public boolean isFiltered() {
    return !filter().equals(ContactFilter.NONE);
  }

  public void reset() {
    q = null;
    name = null;
    phone = null;
    email = null;
    ownerId = null;
    classified.clear();
    getCustomFilter().clear();
    apply();
  }

  public LazyDataModel<ContactRow> getModel() {
    return model;
  }

  public ContactSort[] getSorts() {
    return ContactSort.values();
  }

  /** The export link, carrying the list's filters. */
  public String getExportQuery() {
    List<String> params = new ArrayList<>();
    org.opencrm.crm.web.list.RequestParams.query(params, "name", name);
    org.opencrm.crm.web.list.RequestParams.query(params, "phone", phone);
    org.opencrm.crm.web.list.RequestParams.query(params, "email", email);
    org.opencrm.crm.web.list.RequestParams.query(
        params, "owner", ownerId == null ? null : ownerId.toString());
    org.opencrm.crm.web.list.RequestParams.query(params, "sort", sort.name());
    classified.addTo(params);
    getCustomFilter().addTo(params);
    return String.join("&", params);
  }

  /** Loads pages through the permission layer, by keys where it can. */
  private class Model extends KeyedLazyModel<ContactRow, ContactCursor> {

    private static final long serialVersionUID = 1L;

    @Override
    protected int total() {
      return shownCount();
    }

    @Override
    protected Chunk<ContactRow, ContactCursor> fetch(ContactCursor after, int offset, int size) {
      ContactPage page =
          repository.page(filter(), sort, after, offset, size, PermissionAction.VIEW);
      List<Contact> rows = page.rows();
      rememberCustomValues(rows.stream().map(Contact::getId).toList());
      return new Chunk<>(
          rows.stream().map(r -> ContactRow.of(r, texts.locale())).toList(),
          rows.isEmpty() ? null : ContactCursor.after(rows.get(rows.size() - 1)));
    }

    @Override
    protected Object idOf(ContactRow row) {
      return row.id();
    }
  }

  /** The type, status, category and source chosen as filters. */
  public ClassificationChoiceFilter getClassified() {
    return classified;
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

  public ContactSort getSort() {
    return sort;
  }

  public void setSort(ContactSort sort) {
    this.sort = sort == null ? ContactSort.NAME_ASC : sort;
  }
}
