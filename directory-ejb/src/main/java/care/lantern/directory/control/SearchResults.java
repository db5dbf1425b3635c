package care.lantern.directory.control;

import care.lantern.directory.entity.ProviderSummary;
import care.lantern.directory.entity.ResultPage;
import care.lantern.directory.entity.SearchCriteria;
import care.lantern.scheduling.entity.AvailabilityChanged;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;

/**
 * Recent search results, so that patients searching the same ZIP, treatment and payer share one
 * database query. Next-available times must stay truthful, so an entry is served only while
 *
 * <ul>
 *   <li>no slot has been published, held, booked or freed since it was computed: every such commit
 *       changes an availability version kept in Payara's JCache, which both web modules and every
 *       cluster member share (the results themselves stay in this module's memory);
 *   <li>none of the times it shows has started;
 *   <li>and for at most {@link #KEPT_FOR}, which bounds what no event announces: a hold that
 *       lapses, a clinic whose certification expires at midnight.
 * </ul>
 */
@ApplicationScoped
public class SearchResults {

  static final Duration KEPT_FOR = Duration.ofSeconds(5);

  /** About 40 KB each: a few dozen MB at most. */
  static final int MAX_ENTRIES = 1000;

  static final String VERSION_CACHE = "lantern-availability-version";
  private static final String VERSION = "version";

  private record Entry(long version, Instant expires, ResultPage<ProviderSummary> page) {}

  private final Map<SearchCriteria, Entry> entries = new ConcurrentHashMap<>();

  @Inject private CacheManager manager;

  @Inject private Clock clock;

  private Cache<String, Long> versions;

  @PostConstruct
  void open() {
    Cache<String, Long> existing = manager.getCache(VERSION_CACHE);
    versions = existing != null ? existing : create(manager);
  }

  private static Cache<String, Long> create(CacheManager manager) {
    try {
      return manager.createCache(VERSION_CACHE, new MutableConfiguration<String, Long>());
    } catch (CacheException createdMeanwhile) {
      // The other web module or a cluster member created it between our look-up and our create.
      return manager.getCache(VERSION_CACHE);
    }
  }

  /** The remembered page for {@code criteria} if still truthful, else {@code search}'s, kept. */
  public ResultPage<ProviderSummary> find(
      SearchCriteria criteria, Supplier<ResultPage<ProviderSummary>> search) {
    // Read before searching: a change committed meanwhile leaves this entry already outdated.
    long version = Optional.ofNullable(versions.get(VERSION)).orElse(0L);
    Instant now = clock.instant();
    Entry entry = entries.get(criteria);
    if (entry != null && entry.version() == version && now.isBefore(entry.expires())) {
      return entry.page();
    }
    ResultPage<ProviderSummary> page = search.get();
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> e.version() != version || !now.isBefore(e.expires()));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(criteria, new Entry(version, expiry(page, now), page));
    return page;
  }

  void availabilityChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) AvailabilityChanged change) {
    versions.put(VERSION, ThreadLocalRandom.current().nextLong());
  }

  private static Instant expiry(ResultPage<ProviderSummary> page, Instant now) {
    Instant expires = now.plus(KEPT_FOR);
    for (ProviderSummary item : page.items()) {
      Instant next = item.nextAvailable().orElse(Instant.MAX);
      if (next.isBefore(expires)) {
        expires = next;
      }
    }
    return expires;
  }
}
