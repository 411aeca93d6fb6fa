package org.opencrm.crm.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.opencrm.crm.platform.operator.OperatorDirectory;

/** Checks operator logins against the control schema. */
@ApplicationScoped
public class OperatorIdentityStore implements IdentityStore {

  @Inject OperatorDirectory operators;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof OperatorCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return operators
        .authenticate(login.login(), login.password())
        .map(
            o ->
                new CredentialValidationResult(
                    new CallerPrincipal(o.getLogin()), Set.of("operator", o.getRole().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
