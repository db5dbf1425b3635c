package care.lantern.api.directory;

import care.lantern.api.PageResponse;
import care.lantern.platform.entity.ResultPage;
import care.lantern.search.entity.ProviderSummary;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON of a search page, written whole so that it goes out with its length, and assembled
 * without serialising again what did not change: of an item only the distance and the next free
 * time differ from one search to the next, so the rest of its JSON (provider, clinic, treatments,
 * payers, languages, flags), as JSON-B wrote it, is kept under the item's value and reused while
 * that value is unchanged. A changed listing is a different key, so nothing kept can be stale.
 */
@ApplicationScoped
class SearchResponses {

  /** Items kept: the popular searches' items stay; about 1 KB each. */
  private static final int MAX_ITEMS = 20_000;

  /** Stands for the distance in a kept item's JSON: real distances are rounded to tenths. */
  private static final double DISTANCE_MARK = 1.2345678901234567E300;

  /** An item's JSON before its distance, and from there to its next free time (the last field). */
  private record ItemJson(byte[] toDistance, byte[] toNextAvailable) {}

  /** Default JSON-B settings, as the API's other responses are written with; holds no resource. */
  private final Jsonb jsonb = JsonbBuilder.create();

  /** Evicting on the caller's thread: no pool threads of Caffeine's own in the container. */
  private final Cache<ProviderItemResponse, ItemJson> items =
      Caffeine.newBuilder().maximumSize(MAX_ITEMS).executor(Runnable::run).build();

  byte[] json(ResultPage<ProviderSummary> page) {
    String envelope =
        jsonb.toJson(new PageResponse<>(List.of(), page.total(), page.page(), page.size()));
    int itemsAt = envelope.indexOf("[]") + 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024 * (page.items().size() + 1));
    out.writeBytes(utf8(envelope.substring(0, itemsAt)));
    String separator = "";
    for (ProviderSummary provider : page.items()) {
      ProviderItemResponse item = ProviderItemResponse.from(provider);
      ItemJson kept = items.get(item.withSearchValues(DISTANCE_MARK, null), this::itemJson);
      out.writeBytes(utf8(separator));
      out.writeBytes(kept.toDistance());
      // As JSON-B writes them: a double as Double.toString does, an ISO date-time needs no escape.
      out.writeBytes(utf8(Double.toString(item.distanceMiles())));
      out.writeBytes(kept.toNextAvailable());
      out.writeBytes(
          utf8(item.nextAvailable() == null ? "null}" : '"' + item.nextAvailable() + "\"}"));
      separator = ",";
    }
    out.writeBytes(utf8(envelope.substring(itemsAt)));
    return out.toByteArray();
  }

  /** The JSON of an item marked with {@link #DISTANCE_MARK} and no next free time, in two parts. */
  private ItemJson itemJson(ProviderItemResponse marked) {
    String json = jsonb.toJson(marked);
    String distance = jsonb.toJson(DISTANCE_MARK);
    int distanceAt = json.indexOf(distance);
    int nextAvailableAt = json.length() - "null}".length();
    return new ItemJson(
        utf8(json.substring(0, distanceAt)),
        utf8(json.substring(distanceAt + distance.length(), nextAvailableAt)));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
