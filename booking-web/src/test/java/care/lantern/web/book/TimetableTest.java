package care.lantern.web.book;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.SlotView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimetableTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private static SlotView slot(long id, String start, AppointmentMode mode, ZoneId zone) {
    Instant begins = Instant.parse(start);
    return new SlotView(id, begins, begins.plus(Duration.ofMinutes(45)), 7, mode, zone);
  }

  @Test
  void groupsTimesByTheClinicsDayWithTheZoneAbbreviation() {
    List<SlotView> slots =
        List.of(
            slot(2, "2026-03-03T19:00:00Z", AppointmentMode.IN_PERSON, NEW_YORK),
            slot(1, "2026-03-03T14:00:00Z", AppointmentMode.IN_PERSON, NEW_YORK),
            // 11:30 PM on March 3 in New York, although already March 4 in UTC.
            slot(3, "2026-03-04T04:30:00Z", AppointmentMode.IN_PERSON, NEW_YORK),
            slot(4, "2026-03-04T15:00:00Z", AppointmentMode.IN_PERSON, NEW_YORK));

    Timetable timetable = Timetable.of(slots, Locale.ENGLISH);

    assertThat(timetable.days()).hasSize(2);
    Timetable.Day first = timetable.days().get(0);
    assertThat(first.date()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(first.heading()).isEqualTo("Tuesday, March 3");
    assertThat(first.times())
        .extracting(Timetable.Time::label)
        .containsExactly("9:00 AM EST", "2:00 PM EST", "11:30 PM EST");
    assertThat(timetable.days().get(1).heading()).isEqualTo("Wednesday, March 4");
    assertThat(timetable.zones()).isEqualTo("Eastern Time (America/New_York)");
  }

  @Test
  void offersOneTimeWithEveryModeTheSlotHas() {
    List<SlotView> slots =
        List.of(
            slot(5, "2026-03-03T14:00:00Z", AppointmentMode.TELEHEALTH, NEW_YORK),
            slot(5, "2026-03-03T14:00:00Z", AppointmentMode.IN_PERSON, NEW_YORK));

    Timetable timetable = Timetable.of(slots, Locale.ENGLISH);

    assertThat(timetable.days().get(0).times())
        .singleElement()
        .satisfies(
            time -> {
              assertThat(time.slotId()).isEqualTo(5);
              assertThat(time.modes())
                  .containsExactly(AppointmentMode.IN_PERSON, AppointmentMode.TELEHEALTH);
            });
  }

  @Test
  void tellsTheTwoOneThirtiesApartWhenClocksFallBack() {
    List<SlotView> slots =
        List.of(
            slot(1, "2026-11-01T05:30:00Z", AppointmentMode.IN_PERSON, NEW_YORK),
            slot(2, "2026-11-01T06:30:00Z", AppointmentMode.IN_PERSON, NEW_YORK));

    Timetable timetable = Timetable.of(slots, Locale.ENGLISH);

    assertThat(timetable.days().get(0).times())
        .extracting(Timetable.Time::label)
        .containsExactly("1:30 AM EDT", "1:30 AM EST");
  }

  @Test
  void namesEveryZoneWhenTimesSpanClinics() {
    List<SlotView> slots =
        List.of(
            slot(1, "2026-03-03T14:00:00Z", AppointmentMode.IN_PERSON, NEW_YORK),
            slot(2, "2026-03-03T16:00:00Z", AppointmentMode.IN_PERSON, CHICAGO));

    Timetable timetable = Timetable.of(slots, Locale.ENGLISH);

    assertThat(timetable.zones())
        .isEqualTo("Eastern Time (America/New_York), Central Time (America/Chicago)");
  }

  @Test
  void isEmptyWithoutSlots() {
    assertThat(Timetable.of(List.of(), Locale.ENGLISH).isEmpty()).isTrue();
  }
}
