package care.lantern.scheduling.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookingPolicyTest {

  private static final Duration FORTY_FIVE_MINUTES = Duration.ofMinutes(45);

  @Test
  void factoryStepsCandidateStartsBySlotLength() {
    var policy =
        BookingPolicy.of(
            FORTY_FIVE_MINUTES, Duration.ZERO, Duration.ZERO, Duration.ofHours(24), 30);

    assertThat(policy.slotStep()).isEqualTo(FORTY_FIVE_MINUTES);
  }

  @Test
  void rejectsSlotsWithoutLength() {
    assertThatThrownBy(
            () -> BookingPolicy.of(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 30))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNegativeBuffers() {
    assertThatThrownBy(
            () ->
                BookingPolicy.of(
                    FORTY_FIVE_MINUTES, Duration.ofMinutes(-5), Duration.ZERO, Duration.ZERO, 30))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNegativeHorizon() {
    assertThatThrownBy(
            () ->
                BookingPolicy.of(
                    FORTY_FIVE_MINUTES, Duration.ZERO, Duration.ZERO, Duration.ZERO, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void holdsLastTenMinutes() {
    assertThat(BookingPolicy.HOLD_TIME).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aSlotIsBookableFromNowPlusTheMinimumNotice() {
    var policy =
        BookingPolicy.of(FORTY_FIVE_MINUTES, Duration.ZERO, Duration.ZERO, Duration.ofHours(2), 30);
    Instant now = Instant.parse("2026-11-23T12:00:00Z");

    assertThat(policy.bookableFrom(now)).isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
  }

  @Test
  void publishingKeepsEveryRuleButTheNotice() {
    var policy =
        BookingPolicy.of(
            FORTY_FIVE_MINUTES,
            Duration.ofMinutes(5),
            Duration.ofMinutes(10),
            Duration.ofHours(2),
            30);

    assertThat(policy.forPublishing())
        .isEqualTo(
            BookingPolicy.of(
                FORTY_FIVE_MINUTES,
                Duration.ofMinutes(5),
                Duration.ofMinutes(10),
                Duration.ZERO,
                30));
  }
}
