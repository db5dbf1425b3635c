package care.lantern.search.control;

import care.lantern.directory.entity.DirectoryChanged;
import care.lantern.scheduling.control.CalendarChangeLog;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.CalendarsChanged;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The searchable directory of this module, in memory ({@link SearchableDirectory}), kept as fresh
 * as the database: built at start in the background, then
 *
 * <ul>
 *   <li>on {@link CalendarsChanged} (once its transaction committed), the named calendars' free
 *       times are read anew with one query and replaced in place; the committing request waits up
 *       to {@link #OWN_CHANGES_WITHIN} for that, so a time booked is not shown once its booking has
 *       answered;
 *   <li>a change committed by the other web module or another node arrives as calendar change
 *       notices ({@link ChangeFeed}), read every {@link #POLL_EVERY}: the named calendars are read
 *       anew in the same way;
 *   <li>on {@link DirectoryChanged}, or when more notices come at once than are worth reading one
 *       by one, every calendar may have changed: the index is stale at once and built anew in the
 *       background, then swapped in whole (a search never sees a half-built index).
 * </ul>
 *
 * While it is stale, not yet built, or has not read the notices for {@link #BEHIND_AFTER} (the
 * database did not answer, say), {@link #ready} is empty and searches run in SQL: it never shows a
 * time as free from a state it cannot vouch for.
 */
@ApplicationScoped
public class SearchIndex {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

  private static final Duration RETRY_AT_MOST = Duration.ofSeconds(5);

  static final Duration POLL_EVERY = Duration.ofMillis(100);

  /** Notices unread for longer than this and the index may show a time taken since. */
  static final Duration BEHIND_AFTER = Duration.ofSeconds(1);

  /**
   * How long a committing request waits for its calendars to be read in. Bounded: the request may
   * still hold its database connection while it waits, and under a burst of bookings the reads may
   * wait for a connection in turn; past this, the read completes after the request has answered.
   */
  static final Duration OWN_CHANGES_WITHIN = Duration.ofMillis(500);

  /** Every node has read a notice long before this; older ones are deleted. */
  private static final Duration KEEP_NOTICES = Duration.ofHours(1);

  /** Threads that build and read calendars: one may be building while others read. */
  private static final int WORKERS = 4;

  @Resource(lookup = "jdbc/lantern")
  private DataSource dataSource;

  @Resource private ManagedThreadFactory threads;

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject private Clock clock;

  private final Object writes = new Object();

  /** Numbers reads of free times in the order they begin (see SearchableDirectory#replace). */
  private final AtomicLong reads = new AtomicLong();

  /** The directory searched, once built; read without a lock. */
  private volatile SearchableDirectory directory;

  /**
   * Counts the changes that make every calendar suspect; the directory is fresh when built at the
   * latest.
   */
  private long changes;

  private volatile boolean fresh;

  /** While building: the calendars changed since the build began, to read again into it. */
  private Set<CalendarId> changedWhileBuilding;

  private final AtomicBoolean building = new AtomicBoolean();

  /** This module's reading of the change notices; null until the database first answers. */
  private volatile ChangeFeed feed;

  private Instant nextCleanup = Instant.MIN;

  private ScheduledFuture<?> polling;

  /**
   * Where it builds and reads: in a container, threads made once, at start; outside one, the
   * executor it was given. Null until then: nothing is built or read before.
   *
   * <p>Not a {@code ManagedExecutorService}: Payara's captures the submitting component's context
   * by cloning its invocation, whose table of non-transactional entity managers the clone shares,
   * then clears that table, and closes what is in it when the task ends. A calendar change is
   * observed after a booking EJB committed, within the invocation of its caller, such as a start-up
   * singleton that reads outside a transaction: the task closed the entity manager the singleton
   * was still using, its start failed, and the module with it (once in a few first starts). These
   * threads capture a context once, at start, and tasks handed to them capture none.
   */
  private volatile Executor workers;

  protected SearchIndex() {}

  /**
   * Outside a container, e.g. in persistence tests: one module, {@code executor} builds and reads.
   */
  SearchIndex(DataSource dataSource, Executor executor, Clock clock) {
    this.dataSource = dataSource;
    this.workers = executor;
    this.clock = clock;
  }

  /** The directory to search, unless it is being built or built anew. */
  public Optional<SearchableDirectory> ready() {
    return fresh && readChangesWithin(BEHIND_AFTER) ? Optional.of(directory) : Optional.empty();
  }

  /** Whether this module read the change notices, by any module or node, within {@code last}. */
  boolean readChangesWithin(Duration last) {
    ChangeFeed reading = feed;
    return reading != null && reading.isCurrent(clock.instant(), last);
  }

  /**
   * How far behind the other module and the other nodes this index may be: the time since it last
   * read their change notices; empty until the database first answered.
   */
  Optional<Duration> changesUnreadFor() {
    ChangeFeed reading = feed;
    return reading == null ? Optional.empty() : Optional.of(reading.unreadFor(clock.instant()));
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            WORKERS, WORKERS, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads);
    pool.prestartAllCoreThreads();
    workers = pool;
    everythingChanged();
    polling =
        scheduler.scheduleWithFixedDelay(
            this::poll, POLL_EVERY.toMillis(), POLL_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
    if (workers instanceof ExecutorService pool) {
      pool.shutdownNow();
    }
  }

  /**
   * Reads the change notices committed since the last poll, by any module or node, and reads the
   * calendars they name anew; a failed read leaves the feed behind, and searches go to SQL.
   */
  void poll() {
    Instant now = clock.instant();
    Optional<Set<CalendarId>> changed;
    try (Connection db = dataSource.getConnection()) {
      ChangeFeed reading = feedOn(db, now);
      changed = reading.read(db, now);
      if (now.isAfter(nextCleanup)) {
        CalendarChangeLog.forgetBefore(db, now.minus(KEEP_NOTICES));
        nextCleanup = now.plus(Duration.ofMinutes(1));
      }
    } catch (SQLException | RuntimeException notNow) {
      LOG.log(Level.FINE, "Change notices not read; searches go to SQL if this lasts", notNow);
      return;
    }
    if (changed.isEmpty()) {
      everythingChanged();
    } else if (!changed.get().isEmpty()) {
      replace(changed.get());
    }
  }

  /** The feed, started on first use: before the first directory read, so it misses nothing. */
  private ChangeFeed feedOn(Connection db, Instant now) throws SQLException {
    synchronized (writes) {
      if (feed == null) {
        feed = ChangeFeed.startingNow(db, now);
      }
      return feed;
    }
  }

  void calendarsChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarsChanged changed) {
    // The observer runs after the commit, where the data source may no longer enlist: the
    // calendars are read on a worker, and the committing request waits for them a while.
    Executor reader = workers;
    if (reader == null) {
      // Before start there is no index to read into; start builds it.
      return;
    }
    FutureTask<Void> read = new FutureTask<>(() -> replace(changed.calendars()), null);
    reader.execute(read);
    try {
      read.get(OWN_CHANGES_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException readsOn) {
      LOG.fine("A committed change is read into the search index after its request answered");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      everythingChanged();
    } catch (ExecutionException failed) {
      everythingChanged();
    }
  }

  void directoryChanged(@Observes DirectoryChanged changed) {
    everythingChanged();
  }

  /** Every calendar may have changed: stale until a build that begins now has been swapped in. */
  void everythingChanged() {
    synchronized (writes) {
      changes++;
      fresh = false;
    }
    Executor builder = workers;
    // Before start there is no index to mark stale; start builds it.
    if (builder != null && building.compareAndSet(false, true)) {
      builder.execute(this::buildUntilFresh);
    }
  }

  /** Builds until a build began after the last change that made everything suspect. */
  private void buildUntilFresh() {
    try {
      while (true) {
        long target;
        synchronized (writes) {
          target = changes;
          changedWhileBuilding = new HashSet<>();
        }
        SearchableDirectory built = readOnceReady();
        synchronized (writes) {
          Set<CalendarId> since = changedWhileBuilding;
          changedWhileBuilding = null;
          if (since.stream().allMatch(built::knows)) {
            built.replace(freeTimes(since), reads.incrementAndGet());
            directory = built;
            fresh = target == changes;
          }
          if (fresh) {
            building.set(false);
            // FINE, like every message of this background work: Arquillian's Payara Micro
            // container reads the deployment's address from the server's start-up output, and a
            // line written into it from this thread cut the address short.
            LOG.fine(
                () ->
                    "Search index built: "
                        + built.calendars()
                        + " calendars, "
                        + built.freeTimeCount()
                        + " candidate times");
            return;
          }
        }
      }
    } catch (RuntimeException | SQLException failed) {
      building.set(false);
      LOG.log(Level.WARNING, "Search index not built; searches stay in SQL", failed);
    }
  }

  /**
   * Reads the calendars' free times anew and puts them in the directory. The read runs outside the
   * lock, so that commits on many calendars are read in parallel; the read numbers keep a slower,
   * older read from overwriting a newer one.
   */
  private void replace(Set<CalendarId> calendars) {
    synchronized (writes) {
      if (changedWhileBuilding != null) {
        changedWhileBuilding.addAll(calendars);
      }
      SearchableDirectory current = directory;
      if (current == null) {
        return;
      }
      if (!calendars.stream().allMatch(current::knows)) {
        // A calendar the index has not seen: the directory itself changed.
        fresh = false;
        calendars = Set.of();
      }
    }
    if (!calendars.isEmpty()) {
      try {
        long read = reads.incrementAndGet();
        Map<CalendarId, FreeTimes> times = freeTimes(calendars);
        synchronized (writes) {
          directory.replace(times, read);
        }
        return;
      } catch (SQLException | RuntimeException failed) {
        LOG.log(Level.WARNING, "Calendars not read; the search index is built anew", failed);
      }
    }
    everythingChanged();
  }

  /**
   * The directory, read as soon as the database lets it: at start the build may begin before the
   * migrations have run (start-up beans and this one's start event come in no fixed order), so a
   * failed read is tried again, less often as failures go on.
   */
  private SearchableDirectory readOnceReady() throws SQLException {
    for (long wait = 500; ; wait = Math.min(wait * 2, RETRY_AT_MOST.toMillis())) {
      try {
        return read();
      } catch (SQLException | RuntimeException notYet) {
        LOG.fine(() -> "Search index not read yet (" + notYet + "); searches stay in SQL");
        try {
          Thread.sleep(wait);
        } catch (InterruptedException stopping) {
          Thread.currentThread().interrupt();
          throw new SQLException("Stopped before the search index was read", stopping);
        }
      }
    }
  }

  private SearchableDirectory read() throws SQLException {
    try (Connection db = dataSource.getConnection()) {
      feedOn(db, clock.instant());
      // Without autocommit PostgreSQL's driver streams the millions of slots by the fetch size.
      db.setAutoCommit(false);
      try {
        long read = reads.incrementAndGet();
        SearchableDirectory built = DirectoryReader.read(db, clock.instant());
        built.builtFrom(read);
        return built;
      } finally {
        db.rollback();
        db.setAutoCommit(true);
      }
    }
  }

  private Map<CalendarId, FreeTimes> freeTimes(Set<CalendarId> calendars) throws SQLException {
    if (calendars.isEmpty()) {
      return Map.of();
    }
    try (Connection db = dataSource.getConnection()) {
      return DirectoryReader.freeTimes(db, calendars, clock.instant());
    }
  }
}
