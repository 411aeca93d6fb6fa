package org.opencrm.crm.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.opencrm.crm.platform.security.CurrentUser;
import org.opencrm.crm.platform.web.Redirects;

/**
 * Authenticates every request of the tenant users' application. A login (from the login screen,
 * through {@code SecurityContext.authenticate}) is checked by the identity stores; on success the
 * session gets a new id and remembers the user and its tenant. Later requests are recognised from
 * the session. A protected page without a login is redirected to the login screen, which says so
 * when the session timed out.
 */
@ApplicationScoped
public class TenantUserAuthentication implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential() instanceof TenantCredential credential) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        // The login screen reports the failure itself; no 401 page.
        return context.doNothing();
      }
      CurrentUser user = ((TenantUserPrincipal) result.getCallerPrincipal()).user();
      request.getSession(true);
      request.changeSessionId();
      request.getSession().setAttribute(SessionKeys.USER, user);
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    Object user = session == null ? null : session.getAttribute(SessionKeys.USER);
    if (user instanceof CurrentUser current) {
      return context.notifyContainerAboutLogin(
          new TenantUserPrincipal(current), Set.of("user", current.roleCode()));
    }
    if (context.isProtected()) {
      if ("GET".equals(request.getMethod())
          && request.getHeader("Faces-Request") == null
          && !Redirects.sessionExpired(request)) {
        // Back to the page asked for once logged in (same application, same host).
        String query = request.getQueryString();
        request
            .getSession(true)
            .setAttribute(
                SessionKeys.AFTER_LOGIN,
                request.getRequestURI() + (query == null ? "" : "?" + query));
      }
      Redirects.send(
          request,
          response,
          request.getContextPath()
              + "/login.xhtml"
              + (Redirects.sessionExpired(request) ? "?expired=1" : ""));
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
