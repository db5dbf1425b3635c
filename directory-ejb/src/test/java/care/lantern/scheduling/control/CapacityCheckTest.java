package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.Busy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityCheckTest {

  private static final int TWO_CHAIRS = 2;

  private final CapacityCheck capacity = new CapacityCheck();

  @Test
  void twoChairsSeatASecondOverlappingSpravatoSession() {
    var booked = List.of(session(AppointmentType.SPRAVATO, "2026-06-15T13:00:00Z"));
    var requested = session(AppointmentType.SPRAVATO, "2026-06-15T14:00:00Z");

    boolean fits = capacity.fits(requested.start(), requested.end(), TWO_CHAIRS, booked);

    assertThat(fits).isTrue();
  }

  @Test
  void twoChairsDoNotSeatAThirdOverlappingSpravatoSession() {
    var booked =
        List.of(
            session(AppointmentType.SPRAVATO, "2026-06-15T13:00:00Z"),
            session(AppointmentType.SPRAVATO, "2026-06-15T14:00:00Z"));
    var requested = session(AppointmentType.SPRAVATO, "2026-06-15T14:30:00Z");

    boolean fits = capacity.fits(requested.start(), requested.end(), TWO_CHAIRS, booked);

    assertThat(fits).isFalse();
  }

  @Test
  void twoChairsSeatAThirdSpravatoSessionWhoseNeighboursNeverOverlapEachOther() {
    var booked =
        List.of(
            session(AppointmentType.SPRAVATO, "2026-06-15T13:00:00Z"),
            session(AppointmentType.SPRAVATO, "2026-06-15T15:00:00Z"));
    var requested = session(AppointmentType.SPRAVATO, "2026-06-15T14:00:00Z");

    boolean fits = capacity.fits(requested.start(), requested.end(), TWO_CHAIRS, booked);

    assertThat(fits).isTrue();
  }

  @Test
  void sessionEndingAsTheRequestStartsFreesItsChair() {
    var booked = List.of(session(AppointmentType.SPRAVATO, "2026-06-15T13:00:00Z"));
    var requested = session(AppointmentType.SPRAVATO, "2026-06-15T15:00:00Z");

    boolean fits = capacity.fits(requested.start(), requested.end(), 1, booked);

    assertThat(fits).isTrue();
  }

  @Test
  void ketamineInfusionHoldsItsChairThroughRecovery() {
    var booked = List.of(session(AppointmentType.KETAMINE_IV, "2026-06-15T13:00:00Z"));
    var duringRecovery = session(AppointmentType.SPRAVATO, "2026-06-15T14:30:00Z");
    var afterRecovery = session(AppointmentType.SPRAVATO, "2026-06-15T14:40:00Z");

    boolean fitsDuringRecovery =
        capacity.fits(duringRecovery.start(), duringRecovery.end(), 1, booked);
    boolean fitsAfterRecovery =
        capacity.fits(afterRecovery.start(), afterRecovery.end(), 1, booked);

    assertThat(fitsDuringRecovery).isFalse();
    assertThat(fitsAfterRecovery).isTrue();
  }

  @Test
  void resourceWithoutCapacitySeatsNobody() {
    var requested = session(AppointmentType.SPRAVATO, "2026-06-15T13:00:00Z");

    boolean fits = capacity.fits(requested.start(), requested.end(), 0, List.of());

    assertThat(fits).isFalse();
  }

  @Test
  void rejectsNegativeCapacity() {
    var requested = session(AppointmentType.SPRAVATO, "2026-06-15T13:00:00Z");

    assertThatThrownBy(() -> capacity.fits(requested.start(), requested.end(), -1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsARequestThatEndsBeforeItStarts() {
    var requested = session(AppointmentType.SPRAVATO, "2026-06-15T13:00:00Z");

    assertThatThrownBy(() -> capacity.fits(requested.end(), requested.start(), 1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Busy session(AppointmentType type, String start) {
    Instant from = Instant.parse(start);
    return new Busy(from, from.plus(type.duration()));
  }
}
