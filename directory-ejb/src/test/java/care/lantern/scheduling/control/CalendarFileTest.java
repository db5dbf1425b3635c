package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentView;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

  private static final String MANAGE_URL =
      "https://lantern.test/appointments/manage.xhtml?ref=LN-7KQ4MZ&token=s3cr3t-t0ken";

  private final CalendarFile calendarFile =
      new CalendarFile(Clock.fixed(Instant.parse("2026-03-01T15:00:00Z"), ZoneOffset.UTC));

  @Test
  void bookedAppointmentIsARequestWithStableUidAndItsSequence() throws Exception {
    var appointment = newYork(LocalDateTime.parse("2026-03-09T09:00"));

    Calendar calendar = parse(calendarFile.render(appointment, Optional.of(MANAGE_URL)));

    VEvent event = event(calendar);
    assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Lantern//Booking//EN");
    assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
    assertThat(value(calendar, Property.CALSCALE)).isEqualTo("GREGORIAN");
    assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
    assertThat(value(event, Property.UID)).isEqualTo("LN-7KQ4MZ@lantern.care");
    assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(value(event, Property.DTSTAMP)).isEqualTo("20260301T150000Z");
  }

  @Test
  void startsOnTheClinicsWallClockAfterSpringForward() throws Exception {
    var appointment = newYork(LocalDateTime.parse("2026-03-09T09:00"));

    Calendar calendar = parse(calendarFile.render(appointment, Optional.of(MANAGE_URL)));

    DtStart<Temporal> start = event(calendar).getStartDate().orElseThrow();
    assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/New_York");
    assertThat(start.getValue()).isEqualTo("20260309T090000");
    assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
    assertThat(value(event(calendar), Property.DTEND)).isEqualTo("20260309T094500");
    assertThat(timezoneIds(calendar)).containsExactly("America/New_York");
  }

  @Test
  void phoenixKeepsStandardTimeInSummer() throws Exception {
    var appointment =
        TestAppointments.booked(
            "LN-PHX234",
            "America/Phoenix",
            LocalDateTime.parse("2026-07-15T14:30"),
            AppointmentMode.IN_PERSON);

    Calendar calendar = parse(calendarFile.render(appointment, Optional.of(MANAGE_URL)));

    DtStart<Temporal> start = event(calendar).getStartDate().orElseThrow();
    assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/Phoenix");
    assertThat(start.getValue()).isEqualTo("20260715T143000");
    assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse("2026-07-15T21:30:00Z"));
    assertThat(timezoneIds(calendar)).containsExactly("America/Phoenix");
  }

  @Test
  void cancelledAppointmentIsACancelOfTheSameEventWithAHigherSequence() throws Exception {
    var booked = newYork(LocalDateTime.parse("2026-03-09T09:00"));

    Calendar calendar =
        parse(calendarFile.render(TestAppointments.cancelled(booked), Optional.of(MANAGE_URL)));

    assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
    assertThat(value(event(calendar), Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(value(event(calendar), Property.UID)).isEqualTo("LN-7KQ4MZ@lantern.care");
    assertThat(value(event(calendar), Property.SEQUENCE)).isEqualTo("1");
  }

  @Test
  void describesProviderPlaceManageLinkAndCrisisLine() throws Exception {
    var appointment = newYork(LocalDateTime.parse("2026-03-09T09:00"));

    VEvent event = event(parse(calendarFile.render(appointment, Optional.of(MANAGE_URL))));

    assertThat(value(event, Property.SUMMARY)).isEqualTo("Consultation with Dana Whitfield, MD");
    assertThat(value(event, Property.LOCATION)).isEqualTo("12 Main St, Springfield, NJ 07081");
    assertThat(value(event, Property.DESCRIPTION))
        .contains("LN-7KQ4MZ", MANAGE_URL, "If you are in crisis, call or text 988");
    assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:no-reply@lantern.care");
    assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getParameter("CN"))
        .hasValueSatisfying(cn -> assertThat(cn.getValue()).isEqualTo("Harbor Mind Clinic"));
  }

  @Test
  void telehealthHasNoStreetAddress() throws Exception {
    var appointment =
        TestAppointments.booked(
            "LN-7KQ4MZ",
            "America/New_York",
            LocalDateTime.parse("2026-03-09T09:00"),
            AppointmentMode.TELEHEALTH);

    VEvent event = event(parse(calendarFile.render(appointment, Optional.of(MANAGE_URL))));

    assertThat(value(event, Property.LOCATION))
        .isEqualTo("Telehealth (video) — link sent by the clinic");
  }

  @Test
  void carriesNothingOfThePatient() {
    var appointment = newYork(LocalDateTime.parse("2026-03-09T09:00"));

    String text = calendarFile.render(appointment, Optional.of(MANAGE_URL));

    assertThat(text)
        .doesNotContain(TestAppointments.PATIENT_EMAIL, "Jamie")
        .doesNotContainPattern("ATTENDEE")
        .doesNotContainPattern("[\\w.+-]+@(?!lantern\\.care)[\\w-]+\\.[\\w.]+");
  }

  private static AppointmentView newYork(LocalDateTime localStart) {
    return TestAppointments.booked(
        "LN-7KQ4MZ", "America/New_York", localStart, AppointmentMode.IN_PERSON);
  }

  private static Calendar parse(String text) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static VEvent event(Calendar calendar) {
    return calendar.<VEvent>getComponents("VEVENT").get(0);
  }

  private static String value(Calendar calendar, String property) {
    return calendar.getProperty(property).orElseThrow().getValue();
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }

  private static List<String> timezoneIds(Calendar calendar) {
    return calendar.<VTimeZone>getComponents("VTIMEZONE").stream()
        .map(timezone -> timezone.getTimeZoneId().getValue())
        .toList();
  }
}
