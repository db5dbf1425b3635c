package care.lantern.search.control;

import care.lantern.platform.entity.ResultPage;
import care.lantern.search.entity.ProviderSummary;
import care.lantern.search.entity.SearchCriteria;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The result pages {@link SearchResults} remembers, and the searches running now. Each criteria is
 * searched by one request at a time: others asking the same meanwhile wait for its page rather than
 * repeat the query (when a popular page lapsed, every request for it used to search at once). A
 * page due for renewal (a hold it saw lapsed, or it reached its age, at most {@code keptFor}) is
 * still served to others while one request searches it anew: it can only show a time later than the
 * truth, never a time that is taken.
 */
final class KeptPages {

  /**
   * A search's page, and when the first hold it saw lapses (that slot may then show as free again,
   * which nothing announces), if any hold was in force.
   */
  record Searched(ResultPage<ProviderSummary> page, Optional<Instant> firstHoldLapse) {}

  private record Entry(
      long version, Instant renewAfter, Instant expires, ResultPage<ProviderSummary> page) {}

  private record Running(long version, FutureTask<Searched> search) {}

  /**
   * Bounded by Caffeine's frequency-aware eviction, so that a run of one-off searches cannot push
   * out the pages patients ask for all the time (clearing a full map did: docs/benchmarks.md).
   */
  private final Cache<SearchCriteria, Entry> entries;

  private final Map<SearchCriteria, Running> running = new ConcurrentHashMap<>();

  private final Semaphore renewals = new Semaphore(1);

  private final Duration keptFor;

  KeptPages(Duration keptFor, int maxEntries) {
    this.keptFor = keptFor;
    // Evicting on the caller's thread: no pool threads of Caffeine's own in the container.
    this.entries = Caffeine.newBuilder().maximumSize(maxEntries).executor(Runnable::run).build();
  }

  /**
   * The page for {@code criteria} under availability {@code version} at {@code now}: the kept one
   * while truthful, else {@code search}'s, then kept.
   */
  ResultPage<ProviderSummary> find(
      SearchCriteria criteria, long version, Instant now, Supplier<Searched> search) {
    Entry entry = entries.getIfPresent(criteria);
    boolean truthful = entry != null && entry.version() == version && now.isBefore(entry.expires());
    if (truthful && now.isBefore(entry.renewAfter())) {
      return entry.page();
    }
    // Renewals take turns, one at a time across all pages, each page kept till its turn: several
    // searches at once on two cores held up every request answered from memory meanwhile.
    if (truthful && !renewals.tryAcquire()) {
      return entry.page();
    }
    try {
      return searchOnce(criteria, version, now, search, truthful ? entry : null);
    } finally {
      if (truthful) {
        renewals.release();
      }
    }
  }

  /** Runs {@code search} unless the same is running; {@code kept} is a truthful page, or null. */
  private ResultPage<ProviderSummary> searchOnce(
      SearchCriteria criteria, long version, Instant now, Supplier<Searched> search, Entry kept) {
    Running mine = new Running(version, new FutureTask<>(search::get));
    Running other = running.putIfAbsent(criteria, mine);
    if (other != null) {
      if (kept != null) {
        return kept.page();
      }
      // A search begun before the latest change may miss it: only one under this version will do.
      return other.version() == version ? pageOf(other.search()).page() : search.get().page();
    }
    try {
      mine.search().run();
    } finally {
      running.remove(criteria, mine);
    }
    Searched searched = pageOf(mine.search());
    entries.put(
        criteria,
        new Entry(
            version, renewAfter(searched, now), expiry(searched.page(), now), searched.page()));
    return searched.page();
  }

  /**
   * When a page should be searched anew, though it may still be served meanwhile as it can then
   * only show a time later than the truth: when a hold it saw lapses, else between half and all of
   * {@code keptFor} from now, so that pages searched together (after a start or a change) fall due
   * apart rather than all together (docs/benchmarks.md).
   */
  private Instant renewAfter(Searched searched, Instant now) {
    Instant aged =
        now.plus(
            keptFor.minus(
                keptFor.multipliedBy(ThreadLocalRandom.current().nextInt(50)).dividedBy(100)));
    return searched.firstHoldLapse().filter(aged::isAfter).orElse(aged);
  }

  /** The search's page, or what it threw (an unknown ZIP, say) thrown again. */
  private static Searched pageOf(FutureTask<Searched> task) {
    try {
      return task.get();
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof RuntimeException e) {
        throw e;
      }
      if (failed.getCause() instanceof Error e) {
        throw e;
      }
      throw new IllegalStateException(failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the same search", interrupted);
    }
  }

  /**
   * When a page must go whatever its age: when the first time it shows can no longer be booked (it
   * is within its clinic's minimum notice), or at the end of the UTC day on which it checked
   * certifications.
   */
  private static Instant expiry(ResultPage<ProviderSummary> page, Instant now) {
    Instant expires = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
    for (ProviderSummary item : page.items()) {
      Instant bookableUntil =
          item.nextAvailable()
              .map(start -> start.minus(item.clinic().minimumNotice()))
              .orElse(expires);
      expires = bookableUntil.isBefore(expires) ? bookableUntil : expires;
    }
    return expires;
  }
}
