package care.lantern.scheduling.control;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentStatus;
import care.lantern.scheduling.entity.AppointmentView;
import care.lantern.screening.control.CrisisResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * The RFC 5545 calendar file of one appointment, as attached to its emails. The UID stays the same
 * for the life of the appointment and SEQUENCE counts its changes, so calendar apps update or
 * remove the event they already hold. Times are on the clinic's wall clock with its VTIMEZONE, from
 * the definitions bundled with ical4j (no network). Nothing about the patient is written: calendar
 * files get forwarded and synced to places the email never reaches.
 */
@ApplicationScoped
public class CalendarFile {

  static final String PRODUCT = "-//Lantern//Booking//EN";
  static final String UID_DOMAIN = "@lantern.care";
  static final URI ORGANIZER = URI.create("mailto:no-reply@lantern.care");
  static final String TELEHEALTH = "Telehealth (video) — link sent by the clinic";

  private static final TimeZoneRegistry ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();
  private final Clock clock;

  @Inject
  public CalendarFile(Clock clock) {
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected CalendarFile() {
    this(null);
  }

  /**
   * The calendar file; METHOD:CANCEL once the appointment is cancelled, REQUEST before. The manage
   * link is left out when the clinic, which never holds the patient's link, made the change.
   */
  public String render(AppointmentView appointment, Optional<String> manageUrl) {
    VTimeZone timezone = timezone(appointment.clinic().timezone());
    ZoneId zone = ZoneId.of(timezone.getTimeZoneId().getValue());
    boolean cancelled = method(appointment).equals("CANCEL");
    VEvent event = new VEvent(false);
    event.add(new Uid(appointment.reference() + UID_DOMAIN));
    event.add(new Sequence(appointment.calendarSequence()));
    event.add(new DtStamp(clock.instant()));
    event.add(new DtStart<>(appointment.start().atZone(zone)));
    event.add(new DtEnd<>(appointment.end().atZone(zone)));
    event.add(new Summary(summary(appointment)));
    event.add(new Location(location(appointment)));
    event.add(
        new Description(
            "Reference: "
                + appointment.reference()
                + manageUrl.map(url -> "\nView, move or cancel: " + url).orElse("")
                + "\n"
                + CrisisResources.IN_ONE_SENTENCE));
    event.add(
        new Organizer(new ParameterList(List.of(new Cn(appointment.clinic().name()))), ORGANIZER));
    event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    Calendar calendar =
        new Calendar()
            .withProdId(PRODUCT)
            .withDefaults()
            .withProperty(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
            .withComponent(timezone)
            .withComponent(event)
            .getFluentTarget();
    return text(calendar);
  }

  /** The iTIP method of the file, also named in the Content-Type of the email part carrying it. */
  static String method(AppointmentView appointment) {
    return appointment.status() == AppointmentStatus.CANCELLED ? "CANCEL" : "REQUEST";
  }

  /** "Consultation with Dana Whitfield, MD", "TMS session with …". */
  static String summary(AppointmentView appointment) {
    String noun = appointment.type().noun();
    return Character.toUpperCase(noun.charAt(0))
        + noun.substring(1)
        + " with "
        + provider(appointment);
  }

  /** "Dana Whitfield, MD", or the name alone when no credentials are on file. */
  static String provider(AppointmentView appointment) {
    String credentials = appointment.providerCredentials();
    return appointment.providerName()
        + (credentials == null || credentials.isBlank() ? "" : ", " + credentials);
  }

  /** Where to go: the clinic's street address, or that the visit is by video. */
  static String location(AppointmentView appointment) {
    if (appointment.mode() == AppointmentMode.TELEHEALTH) {
      return TELEHEALTH;
    }
    ClinicSummary clinic = appointment.clinic();
    return clinic.address() + ", " + clinic.city() + ", " + clinic.state() + " " + clinic.zip();
  }

  /** The VTIMEZONE of an IANA zone, from ical4j's registry; shared with the clinics' feeds. */
  public static VTimeZone timezone(ZoneId zone) {
    var timezone = ZONES.getTimeZone(zone.getId());
    if (timezone == null) {
      throw new IllegalStateException("No calendar time zone for " + zone.getId());
    }
    return timezone.getVTimeZone();
  }

  /** Validated by ical4j (RFC 5545) as it is written, long lines folded. */
  public static String text(Calendar calendar) {
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
