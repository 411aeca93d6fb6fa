package org.opencrm.crm.platform.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Asks every entity's provider for a term; groups come back in the providers' order. */
@RequestScoped
public class GlobalSearch {

  /** Longest term searched; longer input is cut. */
  public static final int MAX_TERM = 100;

  /** One entity's hits, and whether more match than are shown. */
  public record Group(String entity, List<SearchHit> hits, boolean more) {}

  @Inject Instance<SearchProvider> providers;

  public List<Group> find(String term, int perEntity) {
    String t = term == null ? "" : term.strip();
    if (t.length() > MAX_TERM) {
      t = t.substring(0, MAX_TERM);
    }
    if (t.isEmpty()) {
      return List.of();
    }
    List<SearchProvider> ordered = new ArrayList<>();
    providers.forEach(ordered::add);
    ordered.sort(Comparator.comparingInt(SearchProvider::order));
    List<Group> groups = new ArrayList<>();
    for (SearchProvider p : ordered) {
      List<SearchHit> hits = p.find(t, perEntity + 1);
      boolean more = hits.size() > perEntity;
      groups.add(new Group(p.entity(), more ? hits.subList(0, perEntity) : hits, more));
    }
    return groups;
  }
}
