package org.opencrm.crm.web.contact;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.opencrm.crm.contact.ContactNotFoundException;
import org.opencrm.crm.contact.ContactRepository;
import org.opencrm.crm.contact.ContactService;
import org.opencrm.crm.web.i18n.Texts;

/**
 * The trash: contacts deleted in the last 30 days that the user may delete (and so restore), newest
 * first.
 */
@Named
@ViewScoped
public class ContactTrash implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 500;

  /** One deleted contact as the trash shows it. */
  public record Row(Long id, String name, Instant deletedAt, String deletedBy)
      implements Serializable {
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

  @Inject ContactRepository repository;
  @Inject ContactService contacts;
  @Inject Texts texts;

  private List<Row> rows;

  public List<Row> getRows() {
    if (rows == null) {
      rows =
          repository.trash(SHOWN).stream()
              .map(c -> new Row(c.getId(), c.getDisplayName(), c.getDeletedAt(), c.getDeletedBy()))
              .toList();
    }
    return rows;
  }

  public void restore(Long id) throws IOException {
    try {
      contacts.restore(id);
      texts.flash("contact.restored");
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/app/contact.xhtml?id=" + id);
    } catch (ContactNotFoundException e) {
      rows = null;
      texts.message(null, FacesMessage.SEVERITY_ERROR, "contact.notFound");
    } catch (org.opencrm.crm.platform.plan.PlanLimitException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments().toArray());
    }
  }
}
