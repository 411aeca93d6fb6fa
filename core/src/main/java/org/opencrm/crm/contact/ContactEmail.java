package org.opencrm.crm.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.channel.StoredEmail;

/** A contact's e-mail address. */
@Entity
@Table(name = "contact_email")
public class ContactEmail extends StoredEmail {

  @ManyToOne(optional = false)
  @JoinColumn(name = "contact_id")
  private Contact contact;

  protected ContactEmail() {}

  ContactEmail(Contact contact, int position, ChannelChecks.CleanEmail email) {
    super(position, email);
    this.contact = contact;
  }

  /** The contact this belongs to. */
  public Contact owner() {
    return contact;
  }
}
