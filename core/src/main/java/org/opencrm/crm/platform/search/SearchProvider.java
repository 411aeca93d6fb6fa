package org.opencrm.crm.platform.search;

import java.util.List;

/**
 * What an entity answers to the global search. Implementations read through the permission layer,
 * so a user finds only what they may see.
 */
public interface SearchProvider {

  /** The entity's key, as in permissions and history ({@code contact}, {@code company}). */
  String entity();

  /** Where the entity's group stands among the others: lower first. */
  int order();

  /** Up to {@code limit} records matching the term, best first. */
  List<SearchHit> find(String term, int limit);
}
