package care.lantern.web.clinic;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.scheduling.boundary.ClinicCalendar;
import care.lantern.scheduling.entity.AgendaDay;
import care.lantern.scheduling.entity.BlockedTime;
import care.lantern.scheduling.entity.CalendarEntry;
import care.lantern.scheduling.entity.CalendarSpan;
import care.lantern.scheduling.entity.ClinicAgenda;
import care.lantern.web.providers.ClinicTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * The calendar page ({@code /clinic/calendar.xhtml?clinic&provider&date&view}): a day or week as a
 * list per day, times on the clinic's clock. Everything it shows is in the address, so a page can
 * be bookmarked, reloaded and shared between colleagues.
 */
@Named
@RequestScoped
public class CalendarBacking {

  static final String WEEK = "week";

  private static final DateTimeFormatter DAY_HEADING =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.US);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

  /** One line of a day: a time range, what it is, and the appointment page it links to. */
  public record Row(
      String from,
      String fromIso,
      String to,
      String toIso,
      String what,
      String provider,
      String reference,
      String status,
      boolean urgent,
      boolean hold) {}

  /** A day as the page lists it. */
  public record Day(
      String id, String heading, boolean today, List<String> blocked, List<Row> rows) {}

  @Inject private ClinicCalendar calendar;

  @Inject private PortalSession session;

  private Long clinic;
  private Long provider;
  private String date;
  private String view;

  private ClinicAgenda agenda;
  private List<Day> days;

  public void load() {
    long clinicId =
        clinic != null
            ? clinic
            : session.getClinics().stream()
                .findFirst()
                .map(ClinicSummary::id)
                .orElseThrow(() -> new NotFoundException("Clinic"));
    agenda = calendar.agenda(clinicId, Optional.ofNullable(provider), parsedDate(), span());
    ZoneId zone = agenda.clinic().timezone();
    ResourceBundle msg = Faces.getResourceBundle("msg");
    days = agenda.days().stream().map(day -> day(day, zone, msg)).toList();
  }

  private Day day(AgendaDay day, ZoneId zone, ResourceBundle msg) {
    return new Day(
        "day-" + day.date(),
        DAY_HEADING.format(day.date()),
        day.date().equals(agenda.today()),
        day.blocked().stream().map(b -> blocked(b, msg)).toList(),
        day.entries().stream().map(e -> row(e, zone, msg)).toList());
  }

  private Row row(CalendarEntry entry, ZoneId zone, ResourceBundle msg) {
    ClinicTime from = ClinicTime.of(entry.start(), zone);
    ClinicTime to = ClinicTime.of(entry.end(), zone);
    String provider = entry.provider().name();
    return entry
        .appointment()
        .map(
            a ->
                new Row(
                    time(entry.start(), zone),
                    from.iso(),
                    time(entry.end(), zone),
                    to.iso(),
                    a.patientName() + " · " + msg.getString("clinic.type." + a.type().name()),
                    provider,
                    a.reference(),
                    msg.getString("clinic.status." + a.status().name()),
                    a.urgent(),
                    false))
        .orElseGet(
            () ->
                new Row(
                    time(entry.start(), zone),
                    from.iso(),
                    time(entry.end(), zone),
                    to.iso(),
                    String.format(
                        msg.getString("calendar.hold"),
                        time(entry.heldUntil().orElseThrow(), zone)),
                    provider,
                    null,
                    null,
                    false,
                    true));
  }

  private static String blocked(BlockedTime blocked, ResourceBundle msg) {
    String who = blocked.provider().name();
    if (blocked.isClosedAllDay()) {
      return String.format(msg.getString("calendar.closed"), who);
    }
    String hours =
        blocked.onlyDuring().stream()
            .map(w -> TIME.format(w.start()) + "–" + TIME.format(w.end()))
            .collect(Collectors.joining(", "));
    return String.format(msg.getString("calendar.onlyDuring"), who, hours);
  }

  private static String time(Instant instant, ZoneId zone) {
    return TIME.format(instant.atZone(zone));
  }

  private Optional<LocalDate> parsedDate() {
    try {
      return Optional.ofNullable(date).filter(d -> !d.isBlank()).map(LocalDate::parse);
    } catch (DateTimeParseException notADate) {
      // A mistyped address shows today rather than an error page.
      return Optional.empty();
    }
  }

  private CalendarSpan span() {
    return WEEK.equals(view) ? CalendarSpan.WEEK : CalendarSpan.DAY;
  }

  public ClinicAgenda getAgenda() {
    return agenda;
  }

  public List<Day> getDays() {
    return days;
  }

  public boolean isWeek() {
    return agenda.span() == CalendarSpan.WEEK;
  }

  public String getZoneName() {
    return ClinicTime.zoneName(agenda.clinic().timezone());
  }

  public String getPrevious() {
    return agenda.span().step(agenda.date(), -1).toString();
  }

  public String getNext() {
    return agenda.span().step(agenda.date(), 1).toString();
  }

  public String getToday() {
    return agenda.today().toString();
  }

  /** The provider shown, or null for all providers. */
  public Long getShownProvider() {
    return agenda.provider().map(p -> p.id()).orElse(null);
  }

  public String getViewName() {
    return isWeek() ? WEEK : "day";
  }

  /** Whether a row should name its provider: when several providers are shown. */
  public boolean isAllProviders() {
    return agenda.provider().isEmpty();
  }

  public Long getClinic() {
    return clinic;
  }

  public void setClinic(Long clinic) {
    this.clinic = clinic;
  }

  public Long getProvider() {
    return provider;
  }

  public void setProvider(Long provider) {
    this.provider = provider;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }
}
