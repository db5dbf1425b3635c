package care.lantern.api.directory;

import care.lantern.api.PageResponse;
import care.lantern.platform.entity.ResultPage;
import care.lantern.search.entity.ProviderSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;

/**
 * The JSON of a search page, written whole so that it goes out with its length. Pages are not kept:
 * the directory answers each search from its index in memory, a new page each time
 * (docs/benchmarks.md).
 */
@ApplicationScoped
class SearchResponses {

  /** Default JSON-B settings, as the API's other responses are written with; holds no resource. */
  private final Jsonb jsonb = JsonbBuilder.create();

  byte[] json(ResultPage<ProviderSummary> page) {
    return jsonb
        .toJson(PageResponse.from(page, ProviderItemResponse::from))
        .getBytes(StandardCharsets.UTF_8);
  }
}
