package care.lantern.api;

import care.lantern.platform.entity.ResultPage;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code page} counts from 0, {@code total} counts every item. */
@JsonbPropertyOrder({"items", "total", "page", "size"})
public record PageResponse<T>(List<T> items, long total, int page, int size) {

  public static <S, T> PageResponse<T> from(ResultPage<S> page, Function<S, T> mapping) {
    return new PageResponse<>(
        page.items().stream().map(mapping).toList(), page.total(), page.page(), page.size());
  }
}
