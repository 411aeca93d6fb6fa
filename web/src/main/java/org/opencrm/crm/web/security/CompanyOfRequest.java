package org.opencrm.crm.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.opencrm.crm.platform.tenant.TenantContext;
import org.opencrm.crm.platform.tenant.TenantRef;
import org.opencrm.crm.platform.tenant.TenantRegistry;
import org.opencrm.crm.web.i18n.Texts;
import org.opencrm.crm.web.tenant.TenantRequestFilter;

/**
 * The company a public page (login, password reset) acts for: the one its address names, or on the
 * bare address the one the user typed. Tells the user, next to the company field, when there is
 * none or it cannot be used now.
 */
@RequestScoped
public class CompanyOfRequest {

  @Inject TenantRegistry registry;
  @Inject TenantContext tenantContext;
  @Inject Texts texts;

  /** The company the address names, or null on the bare address. */
  public TenantRef hostTenant() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return (TenantRef) request.getAttribute(TenantRequestFilter.HOST_TENANT);
  }

  /**
   * The active company for this request, made the request's tenant; empty (with a message on {@code
   * fieldId} or the page) when the typed one is missing, unknown or not active.
   */
  public Optional<TenantRef> resolve(String typed, String fieldId) {
    TenantRef tenant = hostTenant();
    if (tenant == null) {
      String slug = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
      if (slug.isEmpty()) {
        texts.message(fieldId, FacesMessage.SEVERITY_ERROR, "login.company.required");
        return Optional.empty();
      }
      Optional<TenantRef> found = registry.findBySlug(slug);
      if (found.isEmpty()) {
        texts.message(fieldId, FacesMessage.SEVERITY_ERROR, "login.company.unknown", typed.strip());
        return Optional.empty();
      }
      tenant = found.get();
    }
    if (tenant.refusal() != null) {
      texts.message(null, FacesMessage.SEVERITY_ERROR, tenant.refusal(), tenant.displayName());
      return Optional.empty();
    }
    tenantContext.set(tenant);
    return Optional.of(tenant);
  }

  /**
   * An absolute link to a page of this tenant: on the tenant's own address when the request came to
   * one, otherwise on the request's address with the company named in the query.
   *
   * @param pathAndQuery path from the application's root with its query, e.g. {@code
   *     /reset-password.xhtml?token=…}
   */
  public String link(TenantRef tenant, String pathAndQuery) {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String scheme = org.opencrm.crm.platform.web.ClientAddresses.scheme(request);
    String host = request.getHeader("Host");
    String link = scheme + "://" + host + request.getContextPath() + pathAndQuery;
    if (hostTenant() == null) {
      link += (pathAndQuery.contains("?") ? "&" : "?") + "company=" + tenant.slug();
    }
    return link;
  }
}
