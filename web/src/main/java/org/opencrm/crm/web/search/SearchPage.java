package org.opencrm.crm.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.opencrm.crm.platform.search.GlobalSearch;
import org.opencrm.crm.web.i18n.Texts;

/**
 * The global search (Сквозной поиск): what the top bar's box found, grouped by entity, each group
 * with a link to its full list filtered by the same term. Only what the user may see is found.
 */
@Named
@ViewScoped
public class SearchPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Hits shown per entity. */
  static final int PER_ENTITY = 10;

  /** One group as the page shows it. */
  public record Group(String entity, String title, List<Hit> hits, boolean more, String listUrl)
      implements Serializable {
    public String getEntity() {
      return entity;
    }

    public String getTitle() {
      return title;
    }

    public List<Hit> getHits() {
      return hits;
    }

    public boolean isMore() {
      return more;
    }

    public String getListUrl() {
      return listUrl;
    }
  }

  /** One hit: its card's address, its name and a line of detail. */
  public record Hit(String url, String title, String detail, String linkClass)
      implements Serializable {
    public String getUrl() {
      return url;
    }

    public String getTitle() {
      return title;
    }

    public String getDetail() {
      return detail;
    }

    public String getLinkClass() {
      return linkClass;
    }
  }

  @Inject GlobalSearch search;
  @Inject Texts texts;

  private String q;
  private List<Group> groups = List.of();

  public void load() {
    String term = q == null ? "" : q;
    String encoded = URLEncoder.encode(term.strip(), StandardCharsets.UTF_8);
    groups =
        search.find(term, PER_ENTITY).stream()
            .filter(g -> !g.hits().isEmpty())
            .map(
                g ->
                    new Group(
                        g.entity(),
                        texts.get("search.group." + g.entity()),
                        g.hits().stream()
                            .map(
                                h ->
                                    new Hit(
                                        "/app/" + h.entity() + ".xhtml?id=" + h.id(),
                                        h.title(),
                                        h.detailLabel() == null
                                            ? h.detail()
                                            : texts.get(h.detailLabel()) + " " + h.detail(),
                                        h.entity() + "-link"))
                            .toList(),
                        g.more(),
                        "/app/" + listOf(g.entity()) + ".xhtml?q=" + encoded))
            .toList();
  }

  private static String listOf(String entity) {
    return entity.equals("company") ? "companies" : entity + "s";
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public List<Group> getGroups() {
    return groups;
  }
}
