package org.opencrm.crm.platform.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who acts in the current request or job: a logged-in user, or the system (provisioning,
 * migrations, background work). Set by the request filter or the job runner.
 */
@RequestScoped
public class CurrentActor {

  private CurrentUser user;

  public void actAs(CurrentUser user) {
    this.user = user;
  }

  public Optional<CurrentUser> user() {
    return Optional.ofNullable(user);
  }

  public CurrentUser requireUser() {
    if (user == null) {
      throw new AccessDeniedException("Not logged in");
    }
    return user;
  }
}
