package org.opencrm.crm.web.trash;

import jakarta.annotation.PostConstruct;
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
import org.opencrm.crm.platform.record.OwnedRecord;
import org.opencrm.crm.platform.record.RecordNotFoundException;
import org.opencrm.crm.platform.record.RecordRepository;
import org.opencrm.crm.platform.record.RecordService;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;
import org.opencrm.crm.product.Product;
import org.opencrm.crm.product.ProductRepository;
import org.opencrm.crm.product.ProductService;
import org.opencrm.crm.web.i18n.Texts;

/**
 * The trash: records of every kind deleted in the last 30 days that the user may delete (and so
 * restore), newest first. A kind joins with its entity key, repository, service and card; its texts
 * are {@code trash.kind.<entity>} and {@code <entity>.restored}.
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

  /** A kind of record the trash holds, and the card a restored one opens on. */
  private record Kind(
      String entity, RecordRepository<?, ?> records, RecordService<?> service, String card) {}

  @Inject ContactRepository contactRepository;
  @Inject ContactService contacts;
  @Inject CompanyRepository companyRepository;
  @Inject CompanyService companies;
  @Inject ProductRepository productRepository;
  @Inject ProductService products;
  @Inject Texts texts;

  private transient List<Kind> kinds;
  private List<Row> rows;

  @PostConstruct
  void kinds() {
    kinds =
        List.of(
            new Kind(Contact.ENTITY, contactRepository, contacts, "/app/contact.xhtml?id="),
            new Kind(Company.ENTITY, companyRepository, companies, "/app/company.xhtml?id="),
            new Kind(Product.ENTITY, productRepository, products, "/app/product.xhtml?id="));
  }

  private List<Kind> kindList() {
    if (kinds == null) {
      kinds();
    }
    return kinds;
  }

  public List<Row> getRows() {
    if (rows == null) {
      List<Row> all = new ArrayList<>();
      for (Kind kind : kindList()) {
        for (OwnedRecord r : kind.records().trash(SHOWN)) {
          all.add(
              new Row(
                  kind.entity(),
                  r.getId(),
                  r.getDisplayName(),
                  r.getDeletedAt(),
                  r.getDeletedBy()));
        }
      }
      all.sort(Comparator.comparing(Row::deletedAt).reversed());
      rows = all.size() > SHOWN ? all.subList(0, SHOWN) : all;
    }
    return rows;
  }

  public void restore(String entity, Long id) throws IOException {
    Kind kind =
        kindList().stream()
            .filter(k -> k.entity().equals(entity))
            .findFirst()
            .orElse(kindList().get(0));
    try {
      kind.service().restore(id);
      texts.flash(kind.entity() + ".restored");
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + kind.card() + id);
    } catch (RecordNotFoundException e) {
      rows = null;
      texts.message(null, FacesMessage.SEVERITY_ERROR, "trash.gone");
    } catch (PlanLimitException e) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments().toArray());
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        texts.message(
            null, FacesMessage.SEVERITY_ERROR, error.messageKey(), error.arguments().toArray());
      }
    }
  }
}
