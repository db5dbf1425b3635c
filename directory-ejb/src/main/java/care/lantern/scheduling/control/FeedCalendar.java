package care.lantern.scheduling.control;

import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * The RFC 5545 subscription calendar of a provider's appointments at one clinic. A feed leaves
 * Lantern for a third-party calendar, so an event carries only what staff need to recognise the
 * time: what kind of visit, its reference, in person or by video, and a link to the portal, where
 * the patient's details are shown to signed-in staff. UIDs are stable per appointment (and differ
 * from the patient's own calendar file), SEQUENCE counts its changes, and times are on the clinic's
 * wall clock with its VTIMEZONE.
 */
@ApplicationScoped
public class FeedCalendar {

  static final String PRODUCT = "-//Lantern//Clinic calendar feed//EN";
  static final String UID_SUFFIX = "-feed@lantern.care";

  /** How often calendar apps that honour it should fetch the feed again. */
  static final String REFRESH = "PT15M";

  /** One appointment as the feed shows it. */
  public record Event(
      String reference,
      AppointmentType type,
      Instant start,
      Instant end,
      AppointmentMode mode,
      int sequence,
      String address,
      String portalUrl) {}

  private final Clock clock;

  @Inject
  public FeedCalendar(Clock clock) {
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected FeedCalendar() {
    this(null);
  }

  public String render(String name, ZoneId clinicZone, List<Event> events) {
    VTimeZone timezone = CalendarFile.timezone(clinicZone);
    ZoneId zone = ZoneId.of(timezone.getTimeZoneId().getValue());
    Instant stamp = clock.instant();
    Calendar calendar =
        new Calendar()
            .withProdId(PRODUCT)
            .withDefaults()
            .withProperty(new XProperty("X-WR-CALNAME", name))
            .withProperty(new XProperty("X-WR-TIMEZONE", zone.getId()))
            .withProperty(new XProperty("X-PUBLISHED-TTL", REFRESH))
            .withComponent(timezone)
            .getFluentTarget();
    for (Event event : events) {
      calendar.add(vevent(event, zone, stamp));
    }
    return CalendarFile.text(calendar);
  }

  private static VEvent vevent(Event event, ZoneId zone, Instant stamp) {
    VEvent vevent = new VEvent(false);
    vevent.add(new Uid(event.reference() + UID_SUFFIX));
    vevent.add(new Sequence(event.sequence()));
    vevent.add(new DtStamp(stamp));
    vevent.add(new DtStart<>(event.start().atZone(zone)));
    vevent.add(new DtEnd<>(event.end().atZone(zone)));
    vevent.add(new Summary(summary(event)));
    vevent.add(
        new Location(event.mode() == AppointmentMode.TELEHEALTH ? "Telehealth" : event.address()));
    vevent.add(new Description("Open in the Lantern clinic portal: " + event.portalUrl()));
    vevent.add(ImmutableStatus.VEVENT_CONFIRMED);
    return vevent;
  }

  /** "Consultation · ref LN-7KQ4MZ · in person". */
  static String summary(Event event) {
    String noun = event.type().noun();
    return Character.toUpperCase(noun.charAt(0))
        + noun.substring(1)
        + " · ref "
        + event.reference()
        + " · "
        + (event.mode() == AppointmentMode.TELEHEALTH ? "telehealth" : "in person");
  }
}
