package org.opencrm.crm.web.contact;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.contact.Contact;
import org.opencrm.crm.contact.ContactCursor;
import org.opencrm.crm.contact.ContactFilter;
import org.opencrm.crm.contact.ContactPage;
import org.opencrm.crm.contact.ContactRepository;
import org.opencrm.crm.contact.ContactSort;
import org.opencrm.crm.platform.security.AccessControl;
import org.opencrm.crm.platform.security.PermissionAction;
import org.opencrm.crm.platform.security.UserDirectory;
import org.opencrm.crm.web.i18n.Texts;
import org.opencrm.crm.web.list.KeyedLazyModel;
import org.opencrm.crm.web.reference.ClassificationChoiceFilter;
import org.primefaces.model.LazyDataModel;

/** The contact list: filters, an order, pages read by keys, the total counted up to a cap. */
@Named
@ViewScoped
public class ContactList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ContactRepository repository;
  @Inject UserDirectory users;
  @Inject AccessControl access;
  @Inject Texts texts;

  private String q;
  private String name;
  private String phone;
  private String email;
  private Long ownerId;
  private final ClassificationChoiceFilter classified = new ClassificationChoiceFilter();
  private ContactSort sort = ContactSort.NAME_ASC;
  private Integer count;

  private final Model model = new Model();

  /** Applies the search box's term, if the page was opened with one. */
  public void onLoad() {
    if (q != null && !q.isBlank()) {
      ContactFilter quick = ContactFilter.quick(q);
      name = quick.name();
      phone = quick.phone();
      email = quick.email();
    }
  }

  public ContactFilter filter() {
    return new ContactFilter(name, phone, null, email, ownerId, classified.filter());
  }

  public void apply() {
    model.reset();
    count = null;
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
    apply();
  }

  public LazyDataModel<ContactRow> getModel() {
    return model;
  }

  public int getCount() {
    if (count == null) {
      count = repository.countCapped(filter(), PermissionAction.VIEW);
    }
    return count;
  }

  public String getCountLabel() {
    int n = getCount();
    return n > ContactRepository.COUNT_CAP
        ? texts.get("contact.countCapped", ContactRepository.COUNT_CAP)
        : texts.plural("contact.count", n);
  }

  public boolean isCanAdd() {
    return access.can(Contact.ENTITY, PermissionAction.ADD);
  }

  public boolean isCanExport() {
    return access.can(Contact.ENTITY, PermissionAction.EXPORT);
  }

  /** Users to filter by: those whose contacts the viewer may see. */
  public Map<String, Long> getOwners() {
    Map<String, Long> owners = new LinkedHashMap<>();
    users.listActive().stream()
        .filter(u -> access.allows(Contact.ENTITY, PermissionAction.VIEW, u))
        .forEach(u -> owners.put(u.getFullName(), u.getId()));
    return owners;
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
    return String.join("&", params);
  }

  /** Loads pages through the permission layer, by keys where it can. */
  private class Model extends KeyedLazyModel<ContactRow, ContactCursor> {

    private static final long serialVersionUID = 1L;

    @Override
    protected int total() {
      return Math.min(getCount(), ContactRepository.COUNT_CAP);
    }

    @Override
    protected Chunk<ContactRow, ContactCursor> fetch(ContactCursor after, int offset, int size) {
      ContactPage page =
          repository.page(filter(), sort, after, offset, size, PermissionAction.VIEW);
      List<Contact> rows = page.rows();
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
