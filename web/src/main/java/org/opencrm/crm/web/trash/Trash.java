package org.opencrm.crm.web.trash;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencrm.crm.company.Company;
import org.opencrm.crm.company.CompanyRepository;
import org.opencrm.crm.company.CompanyService;
import org.opencrm.crm.contact.Contact;
import org.opencrm.crm.contact.ContactRepository;
import org.opencrm.crm.contact.ContactService;
import org.opencrm.crm.platform.plan.PlanLimitException;
import org.opencrm.crm.web.i18n.Texts;

/**
 * The trash: contacts and companies deleted in the last 30 days that the user may delete (and so
 * restore), newest first.
 */
@Named
@ViewScoped
public class Trash implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 500;

  /** One deleted record as the trash shows it. */
  public record Row(String entity, Long id, String name, Instant deletedAt, String deletedBy)
      implements Serializable {
    public String getEntity() {
      return entity;
    }

    public Long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public Instant getDeletedAt() {
      return deletedAt;
    }

    public String getDeletedBy() {
      return deletedBy;
    }
  }

  @Inject ContactRepository contactRepository;
  @Inject ContactService contacts;
  @Inject CompanyRepository companyRepository;
  @Inject CompanyService companies;
  @Inject Texts texts;

  private List<Row> rows;

  public List<Row> getRows() {
    if (rows == null) {
      List<Row> all = new ArrayList<>();
      contactRepository
          .trash(SHOWN)
          .forEach(
              c ->
                  all.add(
                      new Row(
                          Contact.ENTITY,
                          c.getId(),
                          c.getDisplayName(),
                          c.getDeletedAt(),
                          c.getDeletedBy())));
      companyRepository
          .trash(SHOWN)
          .forEach(
              c ->
                  all.add(
                      new Row(
                          Company.ENTITY,
                          c.getId(),
                          c.getName(),
                          c.getDeletedAt(),
                          c.getDeletedBy())));
      all.sort(Comparator.comparing(Row::deletedAt).reversed());
      rows = all.size() > SHOWN ? all.subList(0, SHOWN) : all;
    }
    return rows;
  }

  public void restore(String entity, Long id) throws IOException {
    try {
      String card;
      if (Company.ENTITY.equals(entity)) {
        companies.restore(id);
        texts.flash("company.restored");
        card = "/app/company.xhtml?id=";
      } else {
        contacts.restore(id);
        texts.flash("contact.restored");
        card = "/app/contact.xhtml?id=";
      }
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + card + id);
    } catch (org.opencrm.crm.platform.record.RecordNotFoundException e) {
      rows = null;
      texts.message(null, FacesMessage.SEVERITY_ERROR, "trash.gone");
    } catch (PlanLimitException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments().toArray());
    }
  }
}
