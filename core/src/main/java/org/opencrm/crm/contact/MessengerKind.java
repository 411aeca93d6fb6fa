package org.opencrm.crm.contact;

/** A messenger or social network a contact can be reached on; the API names each attribute. */
public enum MessengerKind {
  TELEGRAM("telegram"),
  WHATSAPP("whatsapp"),
  VIBER("viber"),
  VK("vkontakte"),
  SKYPE("skype"),
  OTHER("other-messenger");

  private final String attribute;

  MessengerKind(String attribute) {
    this.attribute = attribute;
  }

  /** The API attribute of this kind ({@code telegram}, {@code vkontakte}…). */
  public String attribute() {
    return attribute;
  }
}
