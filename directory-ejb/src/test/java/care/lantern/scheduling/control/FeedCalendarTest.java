package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentType;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

class FeedCalendarTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private final FeedCalendar feed =
      new FeedCalendar(Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC));

  private static FeedCalendar.Event event(
      String reference, AppointmentType type, String start, AppointmentMode mode) {
    Instant at = Instant.parse(start);
    return new FeedCalendar.Event(
        reference,
        type,
        at,
        at.plus(type.duration()),
        mode,
        2,
        "1 Wacker Dr, Chicago, IL 60601",
        "https://lantern.test/clinic/appointment.xhtml?id=" + reference);
  }

  private static Calendar parse(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }

  @Test
  void namesEachVisitByKindReferenceAndModeOnly() throws Exception {
    String text =
        feed.render(
            "Lantern · Dana Whitfield · Chicago Flagship",
            CHICAGO,
            List.of(
                event(
                    "LN-7KQ4MZ",
                    AppointmentType.CONSULTATION,
                    "2026-11-23T15:00:00Z",
                    AppointmentMode.IN_PERSON),
                event(
                    "LN-2BC3DF",
                    AppointmentType.TMS_SESSION,
                    "2026-11-24T16:00:00Z",
                    AppointmentMode.IN_PERSON),
                event(
                    "LN-9XYZ22",
                    AppointmentType.CONSULTATION,
                    "2026-11-25T16:00:00Z",
                    AppointmentMode.TELEHEALTH)));

    List<VEvent> events = parse(text).getComponents("VEVENT");
    assertThat(events)
        .extracting(e -> value(e, Property.SUMMARY))
        .containsExactly(
            "Consultation · ref LN-7KQ4MZ · in person",
            "TMS session · ref LN-2BC3DF · in person",
            "Consultation · ref LN-9XYZ22 · telehealth");
    assertThat(value(events.get(0), Property.LOCATION)).isEqualTo("1 Wacker Dr, Chicago, IL 60601");
    assertThat(value(events.get(2), Property.LOCATION)).isEqualTo("Telehealth");
    assertThat(value(events.get(0), Property.DESCRIPTION))
        .isEqualTo(
            "Open in the Lantern clinic portal:"
                + " https://lantern.test/clinic/appointment.xhtml?id=LN-7KQ4MZ");
    assertThat(value(events.get(0), Property.UID)).isEqualTo("LN-7KQ4MZ-feed@lantern.care");
    assertThat(value(events.get(0), Property.SEQUENCE)).isEqualTo("2");
  }

  @Test
  void showsTimesOnTheClinicsWallClockWithItsZone() throws Exception {
    Calendar calendar =
        parse(
            feed.render(
                "Lantern · Dana Whitfield · Chicago Flagship",
                CHICAGO,
                List.of(
                    event(
                        "LN-7KQ4MZ",
                        AppointmentType.CONSULTATION,
                        "2026-11-23T15:00:00Z",
                        AppointmentMode.IN_PERSON))));

    VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
    DtStart<Temporal> start = event.getStartDate().orElseThrow();
    assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/Chicago");
    assertThat(start.getValue()).isEqualTo("20261123T090000");
    assertThat(value(event, Property.DTEND)).isEqualTo("20261123T094500");
    assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
        .isEqualTo("Lantern · Dana Whitfield · Chicago Flagship");
    assertThat(calendar.getProperty(Property.METHOD)).isEmpty();
  }

  @Test
  void anEmptyFeedIsStillAValidCalendar() throws Exception {
    Calendar calendar = parse(feed.render("Lantern · Nobody", CHICAGO, List.of()));

    assertThat(calendar.getComponents("VEVENT")).isEmpty();
    assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
  }
}
