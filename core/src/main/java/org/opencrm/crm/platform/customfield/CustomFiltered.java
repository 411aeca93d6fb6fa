package org.opencrm.crm.platform.customfield;

import java.util.List;

/** A list filter that also carries conditions on custom fields; record repositories apply them. */
public interface CustomFiltered {

  /** The conditions on custom fields, all of which a record must meet. */
  List<CustomCondition> custom();
}
