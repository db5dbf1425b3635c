package care.lantern.scheduling.entity;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.scheduling.entity.SlotPlan.DayChange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotPlanTest {

  private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");
  private static final Instant NINE = Instant.parse("2026-11-23T14:00:00Z");
  private static final Instant TEN = NINE.plus(Duration.ofHours(1));
  private static final Instant ELEVEN = NINE.plus(Duration.ofHours(2));
  private static final Set<AppointmentMode> IN_PERSON = Set.of(AppointmentMode.IN_PERSON);
  private static final Set<AppointmentMode> BOTH = Set.of(AppointmentMode.values());

  private static PublishedSlot published(long id, Instant start, SlotStatus status) {
    return new PublishedSlot(id, start, status, Optional.empty(), IN_PERSON, false);
  }

  private static Slot wanted(Instant start, Set<AppointmentMode> modes) {
    return new Slot(
        null, null, AppointmentType.CONSULTATION, start, start.plus(Duration.ofMinutes(45)), modes);
  }

  @Test
  void addsMissingStartsAndWithdrawsFreeOnesTheRulesNoLongerGive() {
    SlotPlan plan =
        SlotPlan.between(
            List.of(published(1, NINE, SlotStatus.OPEN), published(2, TEN, SlotStatus.OPEN)),
            List.of(wanted(TEN, IN_PERSON), wanted(ELEVEN, IN_PERSON)),
            NOW);

    assertThat(plan.fresh()).extracting(Slot::start).containsExactly(ELEVEN);
    assertThat(plan.withdrawn()).extracting(PublishedSlot::id).containsExactly(1L);
    assertThat(plan.nowOutsideHours()).containsExactly(1L);
    assertThat(plan.byDay(ZoneId.of("America/New_York")))
        .containsExactly(
            new DayChange(LocalDate.of(2026, 11, 23), List.of(ELEVEN), List.of(NINE), List.of()));
  }

  @Test
  void neverWithdrawsABookedSlotButMarksItOutsideTheHours() {
    SlotPlan plan =
        SlotPlan.between(List.of(published(1, NINE, SlotStatus.BOOKED)), List.of(), NOW);

    assertThat(plan.withdrawn()).isEmpty();
    assertThat(plan.nowOutsideHours()).containsExactly(1L);
    assertThat(plan.offers(NINE, AppointmentMode.IN_PERSON)).isFalse();
  }

  @Test
  void hoursGivenBackReopenWithdrawnSlotsAndClearABookedSlotsMark() {
    SlotPlan plan =
        SlotPlan.between(
            List.of(
                published(1, NINE, SlotStatus.WITHDRAWN),
                new PublishedSlot(2, TEN, SlotStatus.BOOKED, Optional.empty(), IN_PERSON, true)),
            List.of(wanted(NINE, BOTH), wanted(TEN, IN_PERSON)),
            NOW);

    assertThat(plan.reopened()).containsExactly(new SlotPlan.Remode(1, NINE, BOTH));
    assertThat(plan.nowWithinHours()).containsExactly(2L);
    assertThat(plan.addedCount()).isEqualTo(1);
  }

  @Test
  void aHeldSlotKeepsItsModesAndIsReportedWhenWithdrawn() {
    Optional<Instant> heldUntil = Optional.of(NOW.plus(Duration.ofMinutes(5)));
    PublishedSlot heldNine =
        new PublishedSlot(1, NINE, SlotStatus.OPEN, heldUntil, IN_PERSON, false);
    PublishedSlot heldTen = new PublishedSlot(2, TEN, SlotStatus.OPEN, heldUntil, IN_PERSON, false);

    SlotPlan plan = SlotPlan.between(List.of(heldNine, heldTen), List.of(wanted(NINE, BOTH)), NOW);

    assertThat(plan.modesChanged()).isEmpty();
    assertThat(plan.held()).containsExactly(heldTen);
  }

  @Test
  void aFreeSlotThatStaysChangesItsModes() {
    SlotPlan plan =
        SlotPlan.between(
            List.of(published(1, NINE, SlotStatus.OPEN)), List.of(wanted(NINE, BOTH)), NOW);

    assertThat(plan.modesChanged()).containsExactly(new SlotPlan.Remode(1, NINE, BOTH));
    assertThat(plan.withdrawn()).isEmpty();
  }
}
