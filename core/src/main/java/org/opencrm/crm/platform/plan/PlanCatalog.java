package org.opencrm.crm.platform.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opencrm.crm.platform.validation.FieldError;
import org.opencrm.crm.platform.validation.ValidationException;

/** Reads and changes the plans (control schema). Not cached: a change applies at once. */
@ApplicationScoped
public class PlanCatalog {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
  private static final Pattern PLUGINS = Pattern.compile("\\*|([a-z0-9-]+)(\\s*,\\s*[a-z0-9-]+)*|");

  @PersistenceContext(unitName = "control")
  EntityManager control;

  public List<Plan> list() {
    return control.createQuery("SELECT p FROM Plan p ORDER BY p.code", Plan.class).getResultList();
  }

  public Optional<Plan> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(control.find(Plan.class, code));
  }

  /**
   * Creates a plan or changes an existing one.
   *
   * @throws ValidationException on a bad code, name, limit or plugin list
   */
  @Transactional
  public Plan save(
      String code,
      String name,
      Integer apiRequestsPerMinute,
      Integer maxUsers,
      Long maxRecords,
      Integer maxStorageMb,
      String allowedPlugins) {
    List<FieldError> errors = new ArrayList<>();
    String c = code == null ? "" : code.strip();
    if (!CODE.matcher(c).matches()) {
      errors.add(FieldError.of("code", "plan.code.format"));
    }
    if (name == null || name.isBlank()) {
      errors.add(FieldError.of("name", "field.required"));
    } else if (name.length() > 200) {
      errors.add(FieldError.of("name", "field.tooLong", 200));
    }
    if (apiRequestsPerMinute == null
        || apiRequestsPerMinute < 1
        || apiRequestsPerMinute > 100_000) {
      errors.add(FieldError.of("api", "plan.limit.range", 1, 100_000));
    }
    positive(errors, "users", maxUsers == null ? null : maxUsers.longValue());
    positive(errors, "records", maxRecords);
    positive(errors, "storage", maxStorageMb == null ? null : maxStorageMb.longValue());
    String plugins = allowedPlugins == null ? "" : allowedPlugins.strip();
    if (!PLUGINS.matcher(plugins).matches() || plugins.length() > 1000) {
      errors.add(FieldError.of("plugins", "plan.plugins.format"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    Plan plan = control.find(Plan.class, c);
    if (plan == null) {
      plan = new Plan(c, name.strip(), apiRequestsPerMinute);
      control.persist(plan);
    }
    plan.change(name.strip(), apiRequestsPerMinute, maxUsers, maxRecords, maxStorageMb, plugins);
    return plan;
  }

  private static void positive(List<FieldError> errors, String field, Long value) {
    if (value != null && value < 1) {
      errors.add(FieldError.of(field, "plan.limit.positive"));
    }
  }
}
