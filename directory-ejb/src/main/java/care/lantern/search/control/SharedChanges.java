package care.lantern.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;

/**
 * Tells this module's {@link SearchIndex} that another web module or cluster member changed what
 * searches find: a count of changes in Payara's JCache (shared by both modules and, clustered, by
 * every member), raised by each module after its changes and read here at most every {@link
 * #READ_EVERY} (a JCache read on every search costs more than a search). The count is raised by
 * compare-and-set, so a module learns of a change made elsewhere even when its own change follows
 * at once. It says only that something changed, not which calendars: a change feed that names them
 * (issue #14's next phase) replaces it.
 */
@ApplicationScoped
public class SharedChanges {

  static final Duration READ_EVERY = Duration.ofMillis(500);

  static final String CACHE = "lantern-search-changes";
  private static final String COUNT = "count";

  @Inject private CacheManager manager;

  private Cache<String, Long> counts;

  /** The count this module last saw or wrote. */
  private long seen;

  private volatile long readAt = System.nanoTime() - READ_EVERY.toNanos();

  @PostConstruct
  void open() {
    Cache<String, Long> existing = manager.getCache(CACHE);
    counts = existing != null ? existing : create(manager);
  }

  private static Cache<String, Long> create(CacheManager manager) {
    try {
      return manager.createCache(CACHE, new MutableConfiguration<String, Long>());
    } catch (CacheException createdMeanwhile) {
      // The other web module or a cluster member created it between our look-up and our create.
      return manager.getCache(CACHE);
    }
  }

  /** Whether another module changed something since this one last looked; looks now and then. */
  boolean changedElsewhere() {
    long now = System.nanoTime();
    if (now - readAt < READ_EVERY.toNanos()) {
      return false;
    }
    readAt = now;
    long count = Optional.ofNullable(counts.get(COUNT)).orElse(0L);
    synchronized (this) {
      boolean changed = count != seen;
      seen = count;
      return changed;
    }
  }

  /**
   * Counts a change made here, once committed; true if another module's change came in since this
   * one last looked.
   */
  synchronized boolean announce() {
    counts.putIfAbsent(COUNT, 0L);
    while (true) {
      long count = Optional.ofNullable(counts.get(COUNT)).orElse(0L);
      if (counts.replace(COUNT, count, count + 1)) {
        boolean changedElsewhere = count != seen;
        seen = count + 1;
        return changedElsewhere;
      }
    }
  }
}
