package care.lantern.scheduling.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.AvailabilityDraft.OverrideRow;
import care.lantern.scheduling.entity.AvailabilityDraft.RuleRow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static RuleRow monday(String start, String end) {
    return new RuleRow(DayOfWeek.MONDAY, start, end, true, false);
  }

  private static List<FieldError> errorsOf(AvailabilityDraft draft, boolean telehealth) {
    try {
      Availability.validated(draft, TODAY, telehealth);
      return List.of();
    } catch (InvalidAvailabilityException invalid) {
      return invalid.errors();
    }
  }

  @Test
  void acceptsMorningAndAfternoonHoursAndAClosedDay() {
    Availability availability =
        Availability.validated(
            new AvailabilityDraft(
                List.of(monday("13:00", "17:00"), monday("09:00", "12:00")),
                List.of(new OverrideRow("2026-12-24", true, "", ""))),
            TODAY,
            false);

    assertThat(availability.rules())
        .extracting(WeeklyRule::start)
        .containsExactly(LocalTime.of(9, 0), LocalTime.of(13, 0));
    assertThat(availability.overrides())
        .containsExactly(DateOverride.closed(LocalDate.of(2026, 12, 24)));
  }

  @Test
  void namesTheEndOfARowThatEndsBeforeItStarts() {
    assertThat(errorsOf(new AvailabilityDraft(List.of(monday("12:00", "09:00")), List.of()), false))
        .containsExactly(
            new FieldError(
                "rules[0].end",
                "The end must be after the start (12:00 PM). Hours cannot run past midnight."));
  }

  @Test
  void asksForMissingOrMistypedTimes() {
    assertThat(errorsOf(new AvailabilityDraft(List.of(monday("", "nine")), List.of()), false))
        .extracting(FieldError::field, FieldError::message)
        .containsExactly(
            tuple("rules[0].start", "Enter the start time, like 09:00."),
            tuple("rules[0].end", "Enter the end time as hours and minutes, like 09:00 or 14:30."));
  }

  @Test
  void rejectsOverlappingRowsOfTheSameModeOnOneDay() {
    assertThat(
            errorsOf(
                new AvailabilityDraft(
                    List.of(monday("09:00", "12:00"), monday("11:00", "13:00")), List.of()),
                false))
        .containsExactly(
            new FieldError(
                "rules[1].start",
                "These hours overlap Monday 9:00 AM to 12:00 PM. Change the times, or remove one"
                    + " of the rows."));
  }

  @Test
  void allowsTelehealthHoursOverlappingInPersonHours() {
    Availability availability =
        Availability.validated(
            new AvailabilityDraft(
                List.of(
                    monday("09:00", "12:00"),
                    new RuleRow(DayOfWeek.MONDAY, "11:00", "13:00", false, true)),
                List.of()),
            TODAY,
            true);

    assertThat(availability.rules()).hasSize(2);
  }

  @Test
  void needsAModeTheClinicOffers() {
    assertThat(
            errorsOf(
                new AvailabilityDraft(
                    List.of(
                        new RuleRow(DayOfWeek.MONDAY, "09:00", "12:00", false, false),
                        new RuleRow(DayOfWeek.TUESDAY, "09:00", "12:00", true, true)),
                    List.of()),
                false))
        .containsExactly(
            new FieldError("rules[0].modes", "Choose in person, telehealth or both."),
            new FieldError(
                "rules[1].modes", "This clinic does not offer telehealth. Choose in person."));
  }

  @Test
  void rejectsOverridesInThePastOrTooFarAhead() {
    assertThat(
            errorsOf(
                new AvailabilityDraft(
                    List.of(monday("09:00", "12:00")),
                    List.of(
                        new OverrideRow("2026-11-22", true, "", ""),
                        new OverrideRow("2028-01-01", true, "", ""),
                        new OverrideRow("24/12/2026", true, "", ""))),
                false))
        .extracting(FieldError::field)
        .containsExactly("overrides[0].date", "overrides[1].date", "overrides[2].date");
  }

  @Test
  void aDateIsEitherClosedOrHasHours() {
    assertThat(
            errorsOf(
                new AvailabilityDraft(
                    List.of(monday("09:00", "12:00")),
                    List.of(
                        new OverrideRow("2026-12-24", false, "09:00", "11:00"),
                        new OverrideRow("2026-12-24", true, "", ""))),
                false))
        .extracting(FieldError::field)
        .containsExactly("overrides[1].date");
  }

  @Test
  void groupsHoursOfOneDateIntoOneOverride() {
    Availability availability =
        Availability.validated(
            new AvailabilityDraft(
                List.of(monday("09:00", "12:00")),
                List.of(
                    new OverrideRow("2026-12-24", false, "14:00", "16:00"),
                    new OverrideRow("2026-12-24", false, "09:00", "11:00"))),
            TODAY,
            false);

    assertThat(availability.overrides())
        .containsExactly(
            new DateOverride(
                LocalDate.of(2026, 12, 24),
                List.of(
                    new TimeWindow(LocalTime.of(9, 0), LocalTime.of(11, 0)),
                    new TimeWindow(LocalTime.of(14, 0), LocalTime.of(16, 0)))));
  }

  @Test
  void hoursOnADateNeedWeeklyHoursToTakeTheirModesFrom() {
    assertThatThrownBy(
            () ->
                Availability.validated(
                    new AvailabilityDraft(
                        List.of(), List.of(new OverrideRow("2026-12-24", false, "09:00", "11:00"))),
                    TODAY,
                    false))
        .isInstanceOf(InvalidAvailabilityException.class)
        .hasMessageStartingWith("Add weekly hours first");
  }
}
