package care.lantern.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Work claimed with a fact row, as every module of every node claims a night's slot horizon: of two
 * claims at once exactly one wins, whichever commits first, on H2 and PostgreSQL.
 */
class FactClaimsMappingIT {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final Instant NIGHT = Instant.parse("2026-12-04T02:30:00Z");

  @Test
  void ofTwoClaimsOfOneNightAtOnceOneWins() throws Exception {
    String night = "slot-horizon:2026-12-04";
    EntityManager first = db.entityManager();
    first.getTransaction().begin();
    boolean firstClaimed = new FactClaims(first).claim(night, "claimed", NIGHT);

    // The second node claims while the first's claim is written but not yet committed.
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> claimAlone(night));
    Thread.sleep(300);
    first.getTransaction().commit();
    first.close();

    assertThat(firstClaimed).isTrue();
    assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
    assertThat(claimAlone(night)).isFalse();
    assertThat(factsNamed(night)).isEqualTo(1);
  }

  @Test
  void eachNightIsClaimedOnItsOwn() {
    assertThat(claimAlone("slot-horizon:2026-12-05")).isTrue();
    assertThat(claimAlone("slot-horizon:2026-12-06")).isTrue();
    assertThat(claimAlone("slot-horizon:2026-12-05")).isFalse();
  }

  private static boolean claimAlone(String fact) {
    return claimAlone(db, fact, NIGHT);
  }

  /** A claim in a transaction of its own; false when it lost, however it learnt so. */
  static boolean claimAlone(TestDatabase db, String fact, Instant now) {
    try {
      return db.inTransaction(em -> new FactClaims(em).claim(fact, "claimed", now));
    } catch (PersistenceException claimedAtOnce) {
      return false;
    }
  }

  private static long factsNamed(String fact) {
    return db.inTransaction(
        em ->
            em.createQuery("SELECT COUNT(f) FROM PlatformFact f WHERE f.name = :name", Long.class)
                .setParameter("name", fact)
                .getSingleResult());
  }
}
