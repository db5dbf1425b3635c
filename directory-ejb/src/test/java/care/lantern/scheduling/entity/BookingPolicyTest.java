package care.lantern.scheduling.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
}
