package care.lantern.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.scheduling.control.CalendarChangeLog;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Calendar change notices read as another node reads them, on H2 and PostgreSQL: a change written
 * by one node's transaction reaches a second node's feed once committed, whatever order the
 * transactions commit in, exactly once, and never when rolled back.
 */
class ChangeFeedMappingIT {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final Instant NOW = Instant.parse("2026-12-03T15:00:00Z");

  private static long nextProvider = 1;

  private Optional<Set<CalendarId>> read(ChangeFeed node, Instant now) {
    return db.onConnection(c -> node.read(c, now));
  }

  private ChangeFeed startNode() {
    return db.onConnection(c -> ChangeFeed.startingNow(c, NOW));
  }

  private static CalendarId calendar() {
    return new CalendarId(nextProvider++, 7);
  }

  private static void record(EntityManager em, CalendarId calendar) {
    new CalendarChangeLog(em).record(Set.of(calendar), NOW);
  }

  @Test
  void aCommittedChangeReachesAnotherNodeOnce() {
    ChangeFeed other = startNode();
    read(other, NOW); // whatever earlier tests left
    CalendarId changed = calendar();

    db.run(em -> record(em, changed));

    assertThat(read(other, NOW)).contains(Set.of(changed));
    assertThat(read(other, NOW)).contains(Set.of());
  }

  @Test
  void aChangeCommittedAfterALaterOneIsStillRead() {
    ChangeFeed other = startNode();
    read(other, NOW);
    CalendarId first = calendar();
    CalendarId second = calendar();

    EntityManager slow = db.entityManager();
    try {
      slow.getTransaction().begin();
      record(slow, first); // takes the lower id, commits last
      db.run(em -> record(em, second));

      assertThat(read(other, NOW)).contains(Set.of(second));

      slow.getTransaction().commit();
    } finally {
      slow.close();
    }
    assertThat(read(other, NOW)).contains(Set.of(first));
    assertThat(read(other, NOW)).contains(Set.of());
  }

  @Test
  void aRolledBackChangeIsNeverRead() {
    ChangeFeed other = startNode();
    read(other, NOW);
    CalendarId rolledBack = calendar();
    CalendarId committed = calendar();

    EntityManager em = db.entityManager();
    try {
      em.getTransaction().begin();
      record(em, rolledBack);
      em.flush();
      em.getTransaction().rollback();
    } finally {
      em.close();
    }
    db.run(e -> record(e, committed));

    assertThat(read(other, NOW)).contains(Set.of(committed));
    assertThat(read(other, NOW.plus(ChangeFeed.PATIENCE).plusSeconds(1))).contains(Set.of());
  }

  @Test
  void aNodeStartingWhileATransactionIsOpenReadsItsChangeOnceCommitted() {
    CalendarId inFlight = calendar();
    EntityManager slow = db.entityManager();
    ChangeFeed started;
    try {
      slow.getTransaction().begin();
      record(slow, inFlight);
      db.run(em -> record(em, calendar())); // a later id, committed before the node starts
      started = startNode();

      Set<CalendarId> firstRead = read(started, NOW).orElseThrow();
      assertThat(firstRead).doesNotContain(inFlight);

      slow.getTransaction().commit();
    } finally {
      slow.close();
    }
    assertThat(read(started, NOW).orElseThrow()).containsExactly(inFlight);
  }

  @Test
  void tooManyChangesAtOnceAskForEverythingToBeReloaded() {
    ChangeFeed other = startNode();
    read(other, NOW);
    db.run(
        em -> {
          Set<CalendarId> many = new HashSet<>();
          for (int i = 0; i <= ChangeFeed.MOST_AT_ONCE; i++) {
            many.add(calendar());
          }
          new CalendarChangeLog(em).record(many, NOW);
        });

    assertThat(read(other, NOW)).isEmpty();
    assertThat(read(other, NOW)).contains(Set.of());
  }

  @Test
  void aNodeIsCurrentOnlyWhileItReadsInTime() {
    ChangeFeed node = startNode();
    read(node, NOW);
    Duration tolerance = Duration.ofSeconds(1);

    assertThat(node.isCurrent(NOW.plus(tolerance), tolerance)).isTrue();
    assertThat(node.isCurrent(NOW.plus(tolerance).plusMillis(1), tolerance)).isFalse();
  }

  @Test
  void forgetsNoticesOlderThanGiven() {
    db.run(em -> new CalendarChangeLog(em).record(Set.of(calendar()), NOW.minusSeconds(3600)));
    Function<EntityManager, Number> count =
        em ->
            (Number) em.createNativeQuery("SELECT COUNT(*) FROM calendar_change").getSingleResult();
    long before = db.inTransaction(count).longValue();

    int forgotten = db.onConnection(c -> CalendarChangeLog.forgetBefore(c, NOW.minusSeconds(60)));

    assertThat(forgotten).isEqualTo(1);
    assertThat(db.inTransaction(count).longValue()).isEqualTo(before - 1);
  }
}
