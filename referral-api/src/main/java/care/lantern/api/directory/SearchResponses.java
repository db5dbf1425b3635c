package care.lantern.api.directory;

import care.lantern.api.PageResponse;
import care.lantern.platform.entity.ResultPage;
import care.lantern.search.entity.ProviderSummary;
import care.lantern.search.entity.SearchCriteria;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;

/**
 * The JSON of recent search pages. The directory answers a repeated search with the very page
 * object it remembered ({@code SearchResults}), so the API keeps that page's JSON beside it and
 * sends it again instead of mapping and serialising the same page on every request, which was most
 * of a remembered search's cost (docs/benchmarks.md). A stored body is sent only for the identical
 * page object, so it is never older than the directory's own answer.
 */
@ApplicationScoped
class SearchResponses {

  /** As many as the directory remembers; a body is about 10 KB. */
  private static final int MAX_ENTRIES = 1000;

  private record Rendered(ResultPage<ProviderSummary> page, byte[] json) {}

  /** Evicting on the caller's thread: no pool threads of Caffeine's own in the container. */
  private final Cache<SearchCriteria.Input, Rendered> entries =
      Caffeine.newBuilder().maximumSize(MAX_ENTRIES).executor(Runnable::run).build();

  /** Default JSON-B settings, as the API's other responses are written with; holds no resource. */
  private final Jsonb jsonb = JsonbBuilder.create();

  /** The JSON of {@code page}, the directory's answer to {@code search}. */
  byte[] json(SearchCriteria.Input search, ResultPage<ProviderSummary> page) {
    Rendered rendered = entries.getIfPresent(search);
    if (rendered != null && rendered.page() == page) {
      return rendered.json();
    }
    byte[] json =
        jsonb
            .toJson(PageResponse.from(page, ProviderItemResponse::from))
            .getBytes(StandardCharsets.UTF_8);
    entries.put(search, new Rendered(page, json));
    return json;
  }
}
