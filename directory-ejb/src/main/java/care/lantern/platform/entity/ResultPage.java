package care.lantern.platform.entity;

import java.util.List;
import java.util.function.Function;

/** One page of a longer result: {@code page} counts from 0, {@code total} counts every item. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

  /** Whether a later page has items. */
  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  public <R> ResultPage<R> map(Function<T, R> mapping) {
    return new ResultPage<>(items.stream().map(mapping).toList(), total, page, size);
  }
}
