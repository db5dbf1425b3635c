package care.lantern.search.control;

import care.lantern.platform.entity.ResultPage;
import care.lantern.scheduling.control.NextFreeSlots;
import care.lantern.scheduling.entity.CalendarsChanged;
import care.lantern.search.entity.ProviderSummary;
import care.lantern.search.entity.SearchCriteria;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
 *       changes an availability version, at once in this module and in Payara's JCache, which the
 *       other web module and cluster members read at most {@link #SHARED_VERSION_READ} later (a
 *       JCache read on every search costs more than the search it saves; the results themselves
 *       stay in this module's memory);
 *   <li>every time it shows can still be booked (starts after the minimum notice), and the (UTC)
 *       day on which the search checked certifications has not ended;
 *   <li>and it is searched anew once a hold in force when it was computed lapses (the slot is free
 *       again, though nothing was written), and after at most {@link #KEPT_FOR}, which bounds
 *       changes made outside the application (in the database by hand, say). Renewing more often
 *       only spent the cores that answer from memory (docs/benchmarks.md).
 * </ul>
 *
 * <p>{@link KeptPages} holds the pages and lets one request at a time search each criteria.
 */
@ApplicationScoped
public class SearchResults {

  static final Duration KEPT_FOR = Duration.ofMinutes(10);

  /** About 40 KB each: a few dozen MB at most. */
  static final int MAX_ENTRIES = 1000;

  static final Duration SHARED_VERSION_READ = Duration.ofMillis(500);

  static final String VERSION_CACHE = "lantern-availability-version";
  private static final String VERSION = "version";

  private final KeptPages pages = new KeptPages(KEPT_FOR, MAX_ENTRIES);

  @Inject private CacheManager manager;

  @Inject private Clock clock;

  @Inject private NextFreeSlots nextFree;

  private Cache<String, Long> versions;

  private volatile long version;

  private volatile long versionReadAt = System.nanoTime() - SHARED_VERSION_READ.toNanos();

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
    // Read before searching: a change committed meanwhile leaves this page already outdated.
    Instant now = clock.instant();
    return pages.find(
        criteria,
        version(),
        now,
        () -> new KeptPages.Searched(search.get(), nextFree.firstHoldLapse(now)));
  }

  void calendarsChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarsChanged change) {
    long changed = ThreadLocalRandom.current().nextLong();
    version = changed;
    versions.put(VERSION, changed);
  }

  private long version() {
    long now = System.nanoTime();
    if (now - versionReadAt >= SHARED_VERSION_READ.toNanos()) {
      versionReadAt = now;
      version = Optional.ofNullable(versions.get(VERSION)).orElse(0L);
    }
    return version;
  }
}
