package org.opencrm.crm.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.opencrm.crm.platform.channel.ChannelChecks;
import org.opencrm.crm.platform.channel.StoredPhone;

/** A contact's phone. */
@Entity
@Table(name = "contact_phone")
public class ContactPhone extends StoredPhone {

  @ManyToOne(optional = false)
  @JoinColumn(name = "contact_id")
  private Contact contact;

  protected ContactPhone() {}

  ContactPhone(Contact contact, int position, ChannelChecks.CleanPhone phone) {
    super(position, phone);
    this.contact = contact;
  }

  /** The contact this belongs to. */
  public Contact owner() {
    return contact;
  }
}
