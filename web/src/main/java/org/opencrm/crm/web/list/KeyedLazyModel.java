package org.opencrm.crm.web.list;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy list whose pages are read by keys: the model remembers, for each row position it has
 * reached, the key of the row before it, so moving page by page never asks the database for a deep
 * offset; a jump to a page not yet visited uses a (capped) offset.
 *
 * @param <R> a row as the table shows it
 * @param <K> the key of a row in the list's order
 */
public abstract class KeyedLazyModel<R, K extends Serializable> extends LazyDataModel<R> {

  private static final long serialVersionUID = 1L;

  /** Rows read for a page, and the key of the last of them. */
  public record Chunk<R, K>(List<R> rows, K lastKey) {}

  /** Row position → key of the row just before it, for the current filter and order. */
  private final Map<Integer, K> keys = new HashMap<>();

  /** The number of rows to page over (capped by the caller). */
  protected abstract int total();

  /** Reads a page: after the key when there is one, else from the offset. */
  protected abstract Chunk<R, K> fetch(K after, int offset, int pageSize);

  /** The row's id, unique in the list. */
  protected abstract Object idOf(R row);

  /** Forgets the keys: the filter or the order changed. */
  public void reset() {
    keys.clear();
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return total();
  }

  @Override
  public List<R> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    K key = first == 0 ? null : keys.get(first);
    Chunk<R, K> chunk = fetch(key, key == null ? first : 0, pageSize);
    if (!chunk.rows().isEmpty()) {
      keys.put(first + chunk.rows().size(), chunk.lastKey());
    }
    return chunk.rows();
  }

  @Override
  public String getRowKey(R row) {
    return String.valueOf(idOf(row));
  }

  @Override
  public R getRowData(String rowKey) {
    List<R> data = getWrappedData();
    return data == null
        ? null
        : data.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }
}
