/**
 * Global search (Сквозной поиск): one term, read as a name, a phone in any format or its last
 * digits, an e-mail or an INN, answered by every entity's provider through the permission layer. An
 * entity joins by adding a {@link org.opencrm.crm.platform.search.SearchProvider} bean.
 */
package org.opencrm.crm.platform.search;
