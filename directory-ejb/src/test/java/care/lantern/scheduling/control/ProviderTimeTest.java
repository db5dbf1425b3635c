package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.Availability;
import care.lantern.scheduling.entity.AvailabilityDraft;
import care.lantern.scheduling.entity.AvailabilityDraft.OverrideRow;
import care.lantern.scheduling.entity.AvailabilityDraft.RuleRow;
import care.lantern.scheduling.entity.DateOverride;
import care.lantern.scheduling.entity.TimeWindow;
import care.lantern.scheduling.entity.WeeklyRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A provider's hours at one clinic against their hours at another, on each clinic's clock. */
class ProviderTimeTest {

  /** A Monday. */
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private static final ProviderTime.OtherCalendar NORTH_MONDAY_MORNINGS =
      new ProviderTime.OtherCalendar(
          "North Clinic", NEW_YORK, new Availability(List.of(monday(9, 12)), List.of()));

  @Test
  void hoursBesideTheOtherClinicsHoursPass() {
    AvailabilityDraft draft = weekly(new RuleRow(DayOfWeek.MONDAY, "12:00", "17:00", true, false));

    assertThat(overlaps(draft, NEW_YORK, NORTH_MONDAY_MORNINGS)).isEmpty();
  }

  @Test
  void weeklyHoursOverlappingTheOtherClinicsNameItTheDayAndTheTime() {
    AvailabilityDraft draft =
        weekly(
            new RuleRow(DayOfWeek.TUESDAY, "09:00", "12:00", true, false),
            new RuleRow(DayOfWeek.MONDAY, "11:30", "15:00", true, false));

    assertThat(overlaps(draft, NEW_YORK, NORTH_MONDAY_MORNINGS))
        .containsExactly(
            new FieldError(
                "rules[1].start",
                "These hours overlap this provider's hours at North Clinic: Monday 9:00 AM to"
                    + " 12:00 PM (first on 2026-11-23). A provider can be at one clinic at a time:"
                    + " change the times here or there."));
  }

  @Test
  void hoursInAnotherTimeZoneAreComparedOnOneClock() {
    // 8 to 10 in Chicago is 9 to 11 in New York.
    AvailabilityDraft draft = weekly(new RuleRow(DayOfWeek.MONDAY, "08:00", "10:00", true, false));

    assertThat(overlaps(draft, CHICAGO, NORTH_MONDAY_MORNINGS))
        .extracting(FieldError::message)
        .singleElement()
        .asString()
        .contains("North Clinic: Monday 8:00 AM to 11:00 AM");
  }

  @Test
  void aDateOverrideOverlappingTheOtherClinicsHoursNamesTheDate() {
    AvailabilityDraft draft =
        new AvailabilityDraft(
            List.of(new RuleRow(DayOfWeek.TUESDAY, "09:00", "12:00", true, false)),
            List.of(new OverrideRow("2026-12-07", false, "10:00", "11:00")));

    assertThat(overlaps(draft, NEW_YORK, NORTH_MONDAY_MORNINGS))
        .containsExactly(
            new FieldError(
                "overrides[0].start",
                "These hours overlap this provider's hours at North Clinic: Monday 2026-12-07,"
                    + " 9:00 AM to 12:00 PM. A provider can be at one clinic at a time: change the"
                    + " times here or there."));
  }

  @Test
  void weeklyHoursOnADateTheOtherClinicOpensByOverrideAreRefused() {
    ProviderTime.OtherCalendar southOnOneSaturday =
        new ProviderTime.OtherCalendar(
            "South Clinic",
            NEW_YORK,
            new Availability(
                List.of(monday(9, 12)),
                List.of(
                    new DateOverride(
                        LocalDate.of(2026, 12, 12),
                        List.of(new TimeWindow(LocalTime.of(9, 0), LocalTime.of(10, 0)))))));
    AvailabilityDraft draft =
        weekly(new RuleRow(DayOfWeek.SATURDAY, "08:00", "12:00", true, false));

    assertThat(overlaps(draft, NEW_YORK, southOnOneSaturday))
        .extracting(FieldError::message)
        .singleElement()
        .asString()
        .contains("South Clinic: Saturday 9:00 AM to 10:00 AM (first on 2026-12-12)");
  }

  @Test
  void hoursOnADateTheOtherClinicIsClosedPass() {
    AvailabilityDraft draft =
        new AvailabilityDraft(
            List.of(new RuleRow(DayOfWeek.TUESDAY, "09:00", "12:00", true, false)),
            List.of(new OverrideRow("2026-12-07", false, "10:00", "11:00")));
    ProviderTime.OtherCalendar northClosedThatMonday =
        new ProviderTime.OtherCalendar(
            "North Clinic",
            NEW_YORK,
            new Availability(
                List.of(monday(9, 12)), List.of(DateOverride.closed(LocalDate.of(2026, 12, 7)))));

    assertThat(overlaps(draft, NEW_YORK, northClosedThatMonday)).isEmpty();
  }

  private static List<FieldError> overlaps(
      AvailabilityDraft draft, ZoneId zone, ProviderTime.OtherCalendar other) {
    Availability availability = Availability.validated(draft, TODAY, false);
    return ProviderTime.hoursOverlapping(draft, availability, zone, List.of(other), TODAY);
  }

  private static AvailabilityDraft weekly(RuleRow... rows) {
    return new AvailabilityDraft(List.of(rows), List.of());
  }

  private static WeeklyRule monday(int from, int to) {
    return new WeeklyRule(
        DayOfWeek.MONDAY,
        LocalTime.of(from, 0),
        LocalTime.of(to, 0),
        Set.of(AppointmentMode.IN_PERSON));
  }
}
