package org.opencrm.crm.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.opencrm.crm.platform.operator.OperatorDirectory;
import org.opencrm.crm.platform.web.Redirects;

/**
 * Authenticates console requests: a login through the identity store gets a new session id and is
 * remembered in the session; protected pages without one go to the login screen.
 */
@ApplicationScoped
public class OperatorAuthentication implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;
  @Inject OperatorDirectory operators;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential() instanceof OperatorCredential credential) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return context.doNothing();
      }
      request.getSession(true);
      request.changeSessionId();
      String role = result.getCallerGroups().contains("VIEWER") ? "VIEWER" : "OPERATOR";
      request
          .getSession()
          .setAttribute(
              OperatorSession.KEY,
              new OperatorSession(null, credential.login(), credential.login(), role));
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(OperatorSession.KEY) instanceof OperatorSession op) {
      return context.notifyContainerAboutLogin(
          new CallerPrincipal(op.login()), Set.of("operator", op.role()));
    }
    if (context.isProtected()) {
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
}
