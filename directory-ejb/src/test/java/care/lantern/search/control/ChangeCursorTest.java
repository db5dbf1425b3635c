package care.lantern.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeCursorTest {

  private static final Instant NOW = Instant.parse("2026-12-03T15:00:00Z");

  private final ChangeCursor cursor = new ChangeCursor(10, Duration.ofMinutes(2));

  @Test
  void readsOnFromTheHighestIdWhenNothingIsMissing() {
    assertThat(cursor.accept(11, NOW)).isTrue();
    assertThat(cursor.accept(12, NOW)).isTrue();

    assertThat(cursor.readAfter()).isEqualTo(12);
    assertThat(cursor.gaps()).isEmpty();
  }

  @Test
  void keepsReadingFromAnIdSkippedOverUntilItsTransactionCommits() {
    cursor.accept(13, NOW); // 11 and 12 belong to transactions not committed yet

    assertThat(cursor.gaps()).containsOnlyKeys(11L, 12L);
    assertThat(cursor.readAfter()).isEqualTo(10);

    // The next poll reads 12 (committed meanwhile) and 13 again.
    assertThat(cursor.accept(12, NOW)).isTrue();
    assertThat(cursor.accept(13, NOW)).isFalse();
    assertThat(cursor.readAfter()).isEqualTo(10);

    assertThat(cursor.accept(11, NOW)).isTrue();
    assertThat(cursor.readAfter()).isEqualTo(13);
  }

  @Test
  void givesUpOnAGapOnlyAfterItsPatience() {
    cursor.accept(12, NOW);

    cursor.giveUpOn(NOW.plus(Duration.ofMinutes(2)));
    assertThat(cursor.gaps()).containsOnlyKeys(11L);

    cursor.giveUpOn(NOW.plus(Duration.ofMinutes(2)).plusMillis(1));
    assertThat(cursor.gaps()).isEmpty();
    assertThat(cursor.readAfter()).isEqualTo(12);
  }

  @Test
  void appliesANoticeOnlyOnce() {
    assertThat(cursor.accept(11, NOW)).isTrue();
    assertThat(cursor.accept(11, NOW)).isFalse();
    assertThat(cursor.accept(9, NOW)).isFalse();
  }
}
