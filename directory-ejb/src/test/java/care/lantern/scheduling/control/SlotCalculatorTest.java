package care.lantern.scheduling.control;

import static care.lantern.scheduling.entity.AppointmentMode.IN_PERSON;
import static care.lantern.scheduling.entity.AppointmentMode.TELEHEALTH;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.BookingPolicy;
import care.lantern.scheduling.entity.Busy;
import care.lantern.scheduling.entity.DateOverride;
import care.lantern.scheduling.entity.FreeSlot;
import care.lantern.scheduling.entity.OpeningHours;
import care.lantern.scheduling.entity.SlotQuery;
import care.lantern.scheduling.entity.TimeWindow;
import care.lantern.scheduling.entity.WeeklyRule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotCalculatorTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
  private static final LocalDate A_MONDAY = LocalDate.of(2026, 6, 15);
  private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 8);
  private static final LocalDate FALL_BACK = LocalDate.of(2026, 11, 1);
  private static final Instant NEW_YEAR = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);
  private static final Duration HOUR = Duration.ofHours(1);

  private final SlotCalculator calculator = new SlotCalculator();

  @Test
  void weeklyRuleOffersBackToBackSlotsFromItsStartToItsEnd() {
    var rule = rule(MONDAY, "09:00", "11:00", IN_PERSON);

    var slots = slotsOn(NEW_YORK, A_MONDAY, slots(HALF_HOUR), rule);

    assertThat(slots)
        .extracting(FreeSlot::start, FreeSlot::end, FreeSlot::mode)
        .containsExactly(
            tuple(utc("2026-06-15T13:00:00Z"), utc("2026-06-15T13:30:00Z"), IN_PERSON),
            tuple(utc("2026-06-15T13:30:00Z"), utc("2026-06-15T14:00:00Z"), IN_PERSON),
            tuple(utc("2026-06-15T14:00:00Z"), utc("2026-06-15T14:30:00Z"), IN_PERSON),
            tuple(utc("2026-06-15T14:30:00Z"), utc("2026-06-15T15:00:00Z"), IN_PERSON));
  }

  @Test
  void weeklyRulesOfferSlotsOnlyOnTheirWeekdays() {
    var rules =
        List.of(
            rule(MONDAY, "09:00", "10:00", IN_PERSON),
            rule(WEDNESDAY, "09:00", "10:00", IN_PERSON));

    var slots =
        calculator.freeSlots(
            new OpeningHours(NEW_YORK, rules, List.of()),
            slots(HALF_HOUR),
            List.of(),
            SlotQuery.between(A_MONDAY, A_MONDAY.plusDays(6), NEW_YEAR));

    assertThat(slots)
        .extracting(slot -> slot.startIn(NEW_YORK).toLocalDate())
        .containsExactly(A_MONDAY, A_MONDAY, A_MONDAY.plusDays(2), A_MONDAY.plusDays(2));
  }

  @Test
  void slotThatWouldRunPastTheEndOfItsWindowIsNotOffered() {
    var rule = rule(MONDAY, "09:00", "10:00", IN_PERSON);

    var slots = slotsOn(NEW_YORK, A_MONDAY, slots(Duration.ofMinutes(45)), rule);

    assertThat(slots).extracting(FreeSlot::start).containsExactly(utc("2026-06-15T13:00:00Z"));
  }

  @Test
  void slotStepShorterThanTheSlotOffersOverlappingStarts() {
    var rule = rule(MONDAY, "09:00", "11:00", IN_PERSON);
    var policy =
        new BookingPolicy(HOUR, Duration.ZERO, Duration.ZERO, Duration.ZERO, 365, HALF_HOUR);

    var slots = slotsOn(NEW_YORK, A_MONDAY, policy, rule);

    assertThat(slots)
        .extracting(slot -> slot.startIn(NEW_YORK).toLocalTime())
        .containsExactly(time("09:00"), time("09:30"), time("10:00"));
    assertThat(slots).extracting(FreeSlot::length).containsOnly(HOUR);
  }

  @Test
  void overlappingWeeklyRulesDoNotOfferTheSameSlotTwice() {
    var rules =
        List.of(
            rule(MONDAY, "09:00", "11:00", IN_PERSON), rule(MONDAY, "10:00", "12:00", IN_PERSON));

    var slots =
        calculator.freeSlots(
            new OpeningHours(NEW_YORK, rules, List.of()),
            slots(HALF_HOUR),
            List.of(),
            SlotQuery.between(A_MONDAY, A_MONDAY, NEW_YEAR));

    assertThat(slots)
        .extracting(slot -> slot.startIn(NEW_YORK).toLocalTime())
        .containsExactly(
            time("09:00"),
            time("09:30"),
            time("10:00"),
            time("10:30"),
            time("11:00"),
            time("11:30"));
  }

  @Test
  void closedOverrideRemovesThatDatesWeeklyHours() {
    var rules = List.of(rule(MONDAY, "09:00", "10:00", IN_PERSON));
    var holiday = DateOverride.closed(A_MONDAY);

    var slots =
        calculator.freeSlots(
            new OpeningHours(NEW_YORK, rules, List.of(holiday)),
            slots(HALF_HOUR),
            List.of(),
            SlotQuery.between(A_MONDAY, A_MONDAY.plusDays(7), NEW_YEAR));

    assertThat(slots)
        .extracting(slot -> slot.startIn(NEW_YORK).toLocalDate())
        .containsOnly(A_MONDAY.plusDays(7));
  }

  @Test
  void overrideWithWindowsReplacesThatDatesWeeklyHours() {
    var rules = List.of(rule(MONDAY, "09:00", "11:00", IN_PERSON));
    var afternoonOnly = new DateOverride(A_MONDAY, List.of(window("14:00", "15:00")));

    var slots =
        calculator.freeSlots(
            new OpeningHours(NEW_YORK, rules, List.of(afternoonOnly)),
            slots(HALF_HOUR),
            List.of(),
            SlotQuery.between(A_MONDAY, A_MONDAY, NEW_YEAR));

    assertThat(slots)
        .extracting(FreeSlot::start)
        .containsExactly(utc("2026-06-15T18:00:00Z"), utc("2026-06-15T18:30:00Z"));
  }

  @Test
  void overrideOpensADateWithoutWeeklyHoursInTheModesTheWeeklyRulesOffer() {
    var rules = List.of(rule(MONDAY, "09:00", "10:00", TELEHEALTH));
    var saturday = A_MONDAY.with(SATURDAY);
    var extraHours = new DateOverride(saturday, List.of(window("10:00", "11:00")));

    var slots =
        calculator.freeSlots(
            new OpeningHours(NEW_YORK, rules, List.of(extraHours)),
            slots(HALF_HOUR),
            List.of(),
            SlotQuery.between(saturday, saturday, NEW_YEAR));

    assertThat(slots)
        .extracting(FreeSlot::start, FreeSlot::mode)
        .containsExactly(
            tuple(utc("2026-06-20T14:00:00Z"), TELEHEALTH),
            tuple(utc("2026-06-20T14:30:00Z"), TELEHEALTH));
  }

  @Test
  void rejectsTwoOverridesForTheSameDate() {
    var overrides =
        List.of(
            DateOverride.closed(A_MONDAY),
            new DateOverride(A_MONDAY, List.of(window("09:00", "10:00"))));

    assertThatThrownBy(
            () ->
                calculator.freeSlots(
                    new OpeningHours(NEW_YORK, List.of(), overrides),
                    slots(HALF_HOUR),
                    List.of(),
                    SlotQuery.between(A_MONDAY, A_MONDAY, NEW_YEAR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-06-15");
  }

  @Test
  void busyTimeBlocksOverlappingSlotsButNotAdjacentOnes() {
    var rules = List.of(rule(MONDAY, "09:00", "12:00", IN_PERSON));
    var booked = new Busy(utc("2026-06-15T14:00:00Z"), utc("2026-06-15T14:30:00Z"));

    var slots =
        calculator.freeSlots(
            new OpeningHours(NEW_YORK, rules, List.of()),
            slots(HALF_HOUR),
            List.of(booked),
            SlotQuery.between(A_MONDAY, A_MONDAY, NEW_YEAR));

    assertThat(slots)
        .extracting(slot -> slot.startIn(NEW_YORK).toLocalTime())
        .containsExactly(time("09:00"), time("09:30"), time("10:30"), time("11:00"), time("11:30"));
  }

  @Test
  void bufferBeforeKeepsASlotFromStartingRightAfterBusyTime() {
    var rules = List.of(rule(MONDAY, "09:00", "12:00", IN_PERSON));
    var policy = BookingPolicy.of(HALF_HOUR, HALF_HOUR, Duration.ZERO, Duration.ZERO, 365);
    var booked = new Busy(utc("2026-06-15T14:00:00Z"), utc("2026-06-15T14:30:00Z"));

    var slots =
        calculator.freeSlots(
            new OpeningHours(NEW_YORK, rules, List.of()),
            policy,
            List.of(booked),
            SlotQuery.between(A_MONDAY, A_MONDAY, NEW_YEAR));

    assertThat(slots)
        .extracting(slot -> slot.startIn(NEW_YORK).toLocalTime())
        .containsExactly(time("09:00"), time("09:30"), time("11:00"), time("11:30"));
  }

  @Test
  void bufferAfterKeepsASlotFromEndingRightBeforeBusyTime() {
    var rules = List.of(rule(MONDAY, "09:00", "12:00", IN_PERSON));
    var policy = BookingPolicy.of(HALF_HOUR, Duration.ZERO, HALF_HOUR, Duration.ZERO, 365);
    var booked = new Busy(utc("2026-06-15T14:00:00Z"), utc("2026-06-15T14:30:00Z"));

    var slots =
        calculator.freeSlots(
            new OpeningHours(NEW_YORK, rules, List.of()),
            policy,
            List.of(booked),
            SlotQuery.between(A_MONDAY, A_MONDAY, NEW_YEAR));

    assertThat(slots)
        .extracting(slot -> slot.startIn(NEW_YORK).toLocalTime())
        .containsExactly(time("09:00"), time("10:30"), time("11:00"), time("11:30"));
  }

  @Test
  void minimumNoticeOffersSlotsFromNowPlusTheNoticeOnwards() {
    var rules = List.of(rule(MONDAY, "09:00", "13:00", IN_PERSON));
    var policy =
        BookingPolicy.of(HALF_HOUR, Duration.ZERO, Duration.ZERO, Duration.ofHours(2), 365);
    var nineInTheMorning = utc("2026-06-15T13:00:00Z");

    var slots =
        calculator.freeSlots(
            new OpeningHours(NEW_YORK, rules, List.of()),
            policy,
            List.of(),
            SlotQuery.between(A_MONDAY, A_MONDAY, nineInTheMorning));

    assertThat(slots)
        .extracting(slot -> slot.startIn(NEW_YORK).toLocalTime())
        .containsExactly(time("11:00"), time("11:30"), time("12:00"), time("12:30"));
  }

  @Test
  void horizonEndsOnTodayPlusHorizonDays() {
    var rules =
        List.of(DayOfWeek.values()).stream()
            .map(day -> rule(day, "09:00", "10:00", IN_PERSON))
            .toList();
    var policy = BookingPolicy.of(HOUR, Duration.ZERO, Duration.ZERO, Duration.ZERO, 2);
    var mondayMorning = utc("2026-06-15T12:00:00Z");

    var slots =
        calculator.freeSlots(
            new OpeningHours(NEW_YORK, rules, List.of()),
            policy,
            List.of(),
            SlotQuery.between(A_MONDAY.minusDays(7), A_MONDAY.plusDays(30), mondayMorning));

    assertThat(slots)
        .extracting(slot -> slot.startIn(NEW_YORK).toLocalDate())
        .containsExactly(A_MONDAY, A_MONDAY.plusDays(1), A_MONDAY.plusDays(2));
  }

  @Test
  void horizonCountsFromTodayInTheClinicZone() {
    var rules =
        List.of(DayOfWeek.values()).stream()
            .map(day -> rule(day, "09:00", "10:00", IN_PERSON))
            .toList();
    var policy = BookingPolicy.of(HOUR, Duration.ZERO, Duration.ZERO, Duration.ZERO, 1);
    var mondayTenAtNightInNewYork = utc("2026-06-16T02:00:00Z");

    var slots =
        calculator.freeSlots(
            new OpeningHours(NEW_YORK, rules, List.of()),
            policy,
            List.of(),
            SlotQuery.between(A_MONDAY, A_MONDAY.plusDays(7), mondayTenAtNightInNewYork));

    assertThat(slots).extracting(FreeSlot::start).containsExactly(utc("2026-06-16T13:00:00Z"));
  }

  @Test
  void slotsInTwoModesAreSortedByStartThenMode() {
    var rule = rule(MONDAY, "09:00", "10:00", TELEHEALTH, IN_PERSON);

    var slots = slotsOn(NEW_YORK, A_MONDAY, slots(HALF_HOUR), rule);

    assertThat(slots)
        .extracting(FreeSlot::start, FreeSlot::mode)
        .containsExactly(
            tuple(utc("2026-06-15T13:00:00Z"), IN_PERSON),
            tuple(utc("2026-06-15T13:00:00Z"), TELEHEALTH),
            tuple(utc("2026-06-15T13:30:00Z"), IN_PERSON),
            tuple(utc("2026-06-15T13:30:00Z"), TELEHEALTH));
  }

  @Test
  void modeFilterKeepsOnlySlotsInThatMode() {
    var rules =
        List.of(
            rule(MONDAY, "09:00", "10:00", IN_PERSON, TELEHEALTH),
            rule(MONDAY, "14:00", "15:00", IN_PERSON));

    var slots =
        calculator.freeSlots(
            new OpeningHours(NEW_YORK, rules, List.of()),
            slots(HALF_HOUR),
            List.of(),
            SlotQuery.between(A_MONDAY, A_MONDAY, NEW_YEAR).in(TELEHEALTH));

    assertThat(slots)
        .extracting(FreeSlot::start, FreeSlot::mode)
        .containsExactly(
            tuple(utc("2026-06-15T13:00:00Z"), TELEHEALTH),
            tuple(utc("2026-06-15T13:30:00Z"), TELEHEALTH));
  }

  @Test
  void rejectsARangeThatEndsBeforeItStarts() {
    assertThatThrownBy(
            () ->
                calculator.freeSlots(
                    new OpeningHours(NEW_YORK, List.of(), List.of()),
                    slots(HALF_HOUR),
                    List.of(),
                    SlotQuery.between(A_MONDAY, A_MONDAY.minusDays(1), NEW_YEAR)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void springForwardDayKeepsDaytimeSlotsOnTheWallClock() {
    var rule = rule(SUNDAY, "09:00", "17:00", IN_PERSON);

    var slots = slotsOn(NEW_YORK, SPRING_FORWARD, slots(HALF_HOUR), rule);

    assertThat(slots).hasSize(16);
    assertThat(slots.get(0).start()).isEqualTo(utc("2026-03-08T13:00:00Z"));
    assertThat(slots.get(15).start()).isEqualTo(utc("2026-03-08T20:30:00Z"));
    assertThat(slots)
        .extracting(slot -> slot.startIn(NEW_YORK).toLocalTime())
        .containsExactly(halfHoursFrom("09:00", 16));
    assertThat(slots).extracting(FreeSlot::length).containsOnly(HALF_HOUR);
  }

  @Test
  void springForwardOffersNoSlotAtWallClockTimesThatDoNotExist() {
    var rule = rule(SUNDAY, "01:00", "04:00", IN_PERSON);

    var slots = slotsOn(NEW_YORK, SPRING_FORWARD, slots(HALF_HOUR), rule);

    assertThat(slots)
        .extracting(FreeSlot::start)
        .containsExactly(
            utc("2026-03-08T06:00:00Z"),
            utc("2026-03-08T06:30:00Z"),
            utc("2026-03-08T07:00:00Z"),
            utc("2026-03-08T07:30:00Z"));
    assertThat(slots)
        .extracting(slot -> slot.startIn(NEW_YORK).toLocalTime())
        .containsExactly(time("01:00"), time("01:30"), time("03:00"), time("03:30"));
    assertThat(slots).extracting(FreeSlot::length).containsOnly(HALF_HOUR);
  }

  @Test
  void springForwardSlotRunsAcrossTheJumpWithItsRealLength() {
    var rule = rule(SUNDAY, "01:00", "04:00", IN_PERSON);
    var policy =
        new BookingPolicy(HOUR, Duration.ZERO, Duration.ZERO, Duration.ZERO, 365, HALF_HOUR);

    var slots = slotsOn(NEW_YORK, SPRING_FORWARD, policy, rule);

    assertThat(slots)
        .extracting(FreeSlot::start, FreeSlot::end)
        .containsExactly(
            tuple(utc("2026-03-08T06:00:00Z"), utc("2026-03-08T07:00:00Z")),
            tuple(utc("2026-03-08T06:30:00Z"), utc("2026-03-08T07:30:00Z")),
            tuple(utc("2026-03-08T07:00:00Z"), utc("2026-03-08T08:00:00Z")));
    assertThat(slots.get(1).endIn(NEW_YORK).toLocalTime()).isEqualTo(time("03:30"));
  }

  @Test
  void springForwardSlotEndingAtTheJumpFitsAWindowEndingInsideTheSkippedHour() {
    var rule = rule(SUNDAY, "01:00", "02:30", IN_PERSON);

    var slots = slotsOn(NEW_YORK, SPRING_FORWARD, slots(HALF_HOUR), rule);

    assertThat(slots)
        .extracting(FreeSlot::start)
        .containsExactly(utc("2026-03-08T06:00:00Z"), utc("2026-03-08T06:30:00Z"));
  }

  @Test
  void fallBackOffersBothOccurrencesOfTheRepeatedHourWithoutDuplicates() {
    var rule = rule(SUNDAY, "00:30", "03:00", IN_PERSON);

    var slots = slotsOn(NEW_YORK, FALL_BACK, slots(HALF_HOUR), rule);

    assertThat(slots)
        .extracting(FreeSlot::start)
        .doesNotHaveDuplicates()
        .containsExactly(
            utc("2026-11-01T04:30:00Z"),
            utc("2026-11-01T05:00:00Z"),
            utc("2026-11-01T05:30:00Z"),
            utc("2026-11-01T06:00:00Z"),
            utc("2026-11-01T06:30:00Z"),
            utc("2026-11-01T07:00:00Z"),
            utc("2026-11-01T07:30:00Z"));
    assertThat(slots)
        .extracting(slot -> slot.startIn(NEW_YORK).toLocalTime())
        .containsExactly(
            time("00:30"),
            time("01:00"),
            time("01:30"),
            time("01:00"),
            time("01:30"),
            time("02:00"),
            time("02:30"));
    assertThat(slots)
        .extracting(slot -> slot.startIn(NEW_YORK).getOffset())
        .containsExactly(edt(), edt(), edt(), est(), est(), est(), est());
    assertThat(slots).extracting(FreeSlot::length).containsOnly(HALF_HOUR);
  }

  @Test
  void fallBackSlotsLastTheirRealLength() {
    var rule = rule(SUNDAY, "00:30", "03:00", IN_PERSON);

    var slots = slotsOn(NEW_YORK, FALL_BACK, slots(HOUR), rule);

    assertThat(slots)
        .extracting(FreeSlot::start, FreeSlot::end)
        .containsExactly(
            tuple(utc("2026-11-01T04:30:00Z"), utc("2026-11-01T05:30:00Z")),
            tuple(utc("2026-11-01T05:30:00Z"), utc("2026-11-01T06:30:00Z")),
            tuple(utc("2026-11-01T06:30:00Z"), utc("2026-11-01T07:30:00Z")));
  }

  @Test
  void fallBackSlotIsNotOfferedWhenItsWallClockLeavesTheWindowBeforeTheClocksGoBack() {
    var rule = rule(SUNDAY, "01:00", "01:45", IN_PERSON);
    var policy =
        new BookingPolicy(
            HALF_HOUR, Duration.ZERO, Duration.ZERO, Duration.ZERO, 365, Duration.ofMinutes(15));

    var slots = slotsOn(NEW_YORK, FALL_BACK, policy, rule);

    assertThat(slots)
        .extracting(FreeSlot::start)
        .containsExactly(
            utc("2026-11-01T05:00:00Z"),
            utc("2026-11-01T05:15:00Z"),
            utc("2026-11-01T06:00:00Z"),
            utc("2026-11-01T06:15:00Z"));
  }

  @Test
  void fallBackSlotIsNotOfferedWhenItsWallClockFallsBackBeforeTheWindowStart() {
    var rule = rule(SUNDAY, "01:30", "03:00", IN_PERSON);
    var policy =
        new BookingPolicy(
            HALF_HOUR, Duration.ZERO, Duration.ZERO, Duration.ZERO, 365, Duration.ofMinutes(15));

    var slots = slotsOn(NEW_YORK, FALL_BACK, policy, rule);

    assertThat(slots)
        .extracting(FreeSlot::start)
        .containsExactly(
            utc("2026-11-01T05:30:00Z"),
            utc("2026-11-01T06:30:00Z"),
            utc("2026-11-01T06:45:00Z"),
            utc("2026-11-01T07:00:00Z"),
            utc("2026-11-01T07:15:00Z"),
            utc("2026-11-01T07:30:00Z"));
  }

  @Test
  void phoenixKeepsDaytimeSlotsUnchangedOnNewYorksSpringForwardDay() {
    var rule = rule(SUNDAY, "09:00", "17:00", IN_PERSON);

    var slots = slotsOn(PHOENIX, SPRING_FORWARD, slots(HALF_HOUR), rule);

    assertThat(slots).hasSize(16);
    assertThat(slots.get(0).start()).isEqualTo(utc("2026-03-08T16:00:00Z"));
    assertThat(slots.get(15).start()).isEqualTo(utc("2026-03-08T23:30:00Z"));
  }

  @Test
  void phoenixOffersEveryNightSlotOnNewYorksSpringForwardDay() {
    var rule = rule(SUNDAY, "01:00", "04:00", IN_PERSON);

    var slots = slotsOn(PHOENIX, SPRING_FORWARD, slots(HALF_HOUR), rule);

    assertThat(slots)
        .extracting(FreeSlot::start)
        .containsExactly(
            utc("2026-03-08T08:00:00Z"),
            utc("2026-03-08T08:30:00Z"),
            utc("2026-03-08T09:00:00Z"),
            utc("2026-03-08T09:30:00Z"),
            utc("2026-03-08T10:00:00Z"),
            utc("2026-03-08T10:30:00Z"));
    assertThat(slots).extracting(FreeSlot::length).containsOnly(HALF_HOUR);
  }

  @Test
  void phoenixOffersEachNightSlotOnceOnNewYorksFallBackDay() {
    var rule = rule(SUNDAY, "00:30", "03:00", IN_PERSON);

    var slots = slotsOn(PHOENIX, FALL_BACK, slots(HALF_HOUR), rule);

    assertThat(slots)
        .extracting(FreeSlot::start)
        .containsExactly(
            utc("2026-11-01T07:30:00Z"),
            utc("2026-11-01T08:00:00Z"),
            utc("2026-11-01T08:30:00Z"),
            utc("2026-11-01T09:00:00Z"),
            utc("2026-11-01T09:30:00Z"));
    assertThat(slots).extracting(FreeSlot::length).containsOnly(HALF_HOUR);
  }

  private List<FreeSlot> slotsOn(
      ZoneId zone, LocalDate date, BookingPolicy policy, WeeklyRule rule) {
    return calculator.freeSlots(
        new OpeningHours(zone, List.of(rule), List.of()),
        policy,
        List.of(),
        SlotQuery.between(date, date, NEW_YEAR));
  }

  private static BookingPolicy slots(Duration length) {
    return BookingPolicy.of(length, Duration.ZERO, Duration.ZERO, Duration.ZERO, 365);
  }

  private static WeeklyRule rule(
      DayOfWeek day, String start, String end, AppointmentMode... modes) {
    return new WeeklyRule(day, time(start), time(end), Set.of(modes));
  }

  private static TimeWindow window(String start, String end) {
    return new TimeWindow(time(start), time(end));
  }

  private static LocalTime[] halfHoursFrom(String first, int count) {
    LocalTime start = time(first);
    LocalTime[] times = new LocalTime[count];
    for (int i = 0; i < count; i++) {
      times[i] = start.plusMinutes(30L * i);
    }
    return times;
  }

  private static LocalTime time(String text) {
    return LocalTime.parse(text);
  }

  private static Instant utc(String text) {
    return Instant.parse(text);
  }

  private static ZoneOffset edt() {
    return ZoneOffset.ofHours(-4);
  }

  private static ZoneOffset est() {
    return ZoneOffset.ofHours(-5);
  }
}
