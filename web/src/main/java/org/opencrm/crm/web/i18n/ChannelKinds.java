package org.opencrm.crm.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencrm.crm.platform.channel.EmailKind;
import org.opencrm.crm.platform.channel.PhoneKind;

/** The kinds of phones and e-mails in the UI's language, for every form's kind menus. */
@Named
@RequestScoped
public class ChannelKinds {

  @Inject Texts texts;

  public Map<String, PhoneKind> getPhone() {
    Map<String, PhoneKind> kinds = new LinkedHashMap<>();
    for (PhoneKind k : PhoneKind.values()) {
      kinds.put(texts.get("phoneKind." + k), k);
    }
    return kinds;
  }

  public Map<String, EmailKind> getEmail() {
    Map<String, EmailKind> kinds = new LinkedHashMap<>();
    for (EmailKind k : EmailKind.values()) {
      kinds.put(texts.get("emailKind." + k), k);
    }
    return kinds;
  }
}
