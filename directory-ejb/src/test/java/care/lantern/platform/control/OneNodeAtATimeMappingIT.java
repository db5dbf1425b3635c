package care.lantern.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import care.lantern.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The start-up turn on PostgreSQL (on H2 it is deliberately nothing): two nodes starting at once on
 * an empty database do the one-time work once, and the one that finds it claimed waits until it is
 * finished, as DemoData's load does. Runs with {@code -Ppostgresql}.
 */
class OneNodeAtATimeMappingIT {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final Instant NOW = Instant.parse("2026-12-04T16:00:00Z");

  /** The one-time work writes this many rows, one transaction each, a while apart. */
  private static final int STEPS = 5;

  @BeforeEach
  void onPostgreSql() {
    assumeTrue(
        db.onConnection(c -> c.getMetaData().getDatabaseProductName()).equals("PostgreSQL"),
        "advisory locks are PostgreSQL's; an H2 file database serves one process");
  }

  /** What one node's start did: whether it claimed the work, and how much of it it then saw. */
  private record Start(boolean claimed, long stepsSeen) {}

  @Test
  void twoStartsAtOnceDoTheWorkOnceAndTheSecondFindsItFinished() throws Exception {
    String work = "work-" + UUID.randomUUID();
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Start>> starts =
          nodes.invokeAll(List.<Callable<Start>>of(() -> start(work), () -> start(work)));

      List<Start> done = List.of(starts.get(0).get(), starts.get(1).get());
      assertThat(done).filteredOn(Start::claimed).hasSize(1);
      assertThat(done).extracting(Start::stepsSeen).containsOnly((long) STEPS);
    } finally {
      nodes.shutdownNow();
    }
  }

  @Test
  void aTurnWaitsUntilTheHolderGivesItUp() throws Exception {
    CompletableFuture<Void> second;
    try (OneNodeAtATime first = OneNodeAtATime.take(db.dataSource())) {
      second = CompletableFuture.runAsync(() -> OneNodeAtATime.take(db.dataSource()).close());
      Thread.sleep(500);
      assertThat(second).isNotDone();
    }
    second.get(5, TimeUnit.SECONDS);
  }

  /** A start as DemoData does it: claim, and if claimed do the work, all within the turn. */
  private static Start start(String work) throws InterruptedException {
    try (OneNodeAtATime turn = OneNodeAtATime.take(db.dataSource())) {
      boolean claimed = claim(work);
      if (claimed) {
        for (int step = 1; step <= STEPS; step++) {
          Thread.sleep(100);
          claim(work + "-step-" + step);
        }
      }
      return new Start(claimed, stepsOf(work));
    }
  }

  private static boolean claim(String fact) {
    return FactClaimsMappingIT.claimAlone(db, fact, NOW);
  }

  private static long stepsOf(String work) {
    return db.inTransaction(
        em ->
            em.createQuery(
                    "SELECT COUNT(f) FROM PlatformFact f WHERE f.name LIKE :steps", Long.class)
                .setParameter("steps", work + "-step-%")
                .getSingleResult());
  }
}
