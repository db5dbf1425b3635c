package care.lantern.scheduling.control;

import care.lantern.directory.entity.Provider;
import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentStatus;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.Availability;
import care.lantern.scheduling.entity.AvailabilityDraft;
import care.lantern.scheduling.entity.Busy;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.DateOverride;
import care.lantern.scheduling.entity.Slot;
import care.lantern.scheduling.entity.SlotUnavailableException;
import care.lantern.scheduling.entity.TimeWindow;
import care.lantern.scheduling.entity.WeeklyRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rule that a provider is one person: at any instant a provider has at most one live
 * appointment, treatment session or patient hold, whichever of their clinics it is at, and their
 * hours at one clinic never overlap their hours at another. This class is the one place the rule
 * lives; every path that puts a provider's time in use calls it.
 *
 * <p>Under concurrency the database enforces it: {@link #hold}, {@link #take} and {@link #lock}
 * (treatment sessions, saving hours) first lock the provider's row ({@code SELECT ... FOR UPDATE}),
 * so of two transactions claiming overlapping times of one provider, at one clinic or two, the
 * later waits for the earlier to commit and then sees its appointment or hold. A hold keeps the
 * provider's time, not just one slot: the provider's open slots overlapping it (at other clinics)
 * are held with it, so no page offers them while a patient fills the form. Free lists and the
 * search's next-free pointers leave out slots overlapping a live appointment ({@link
 * #clearOfAppointmentsSql}, and {@code Slot.free}).
 */
@ApplicationScoped
public class ProviderTime {

  private static final DateTimeFormatter SPOKEN_TIME =
      DateTimeFormatter.ofPattern("h:mm a", Locale.US);

  /** Hours are compared this many days ahead: a year of overrides and a week of weekly hours. */
  private static final int HOURS_CHECKED_DAYS = 366 * Availability.OVERRIDE_YEARS + 7;

  @PersistenceContext private EntityManager em;

  @Inject private SlotChanges slotChanges;

  protected ProviderTime() {}

  /** Outside a container, e.g. in persistence tests. */
  public ProviderTime(EntityManager em, SlotChanges slotChanges) {
    this.em = em;
    this.slotChanges = slotChanges;
  }

  /**
   * Locks the provider's row until the transaction ends; every change to the provider's time takes
   * this lock before checking. Empty if there is no such provider.
   */
  public Optional<Provider> lock(long providerId) {
    return Optional.ofNullable(em.find(Provider.class, providerId, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * Holds {@code slot} for the patient with {@code token} until {@code until}, with the provider's
   * open slots at other clinics that overlap it.
   *
   * @throws SlotUnavailableException when the slot, or the provider's time then, is taken or held
   */
  public void hold(Slot slot, String token, Instant until, Instant now) {
    long provider = slot.getProvider().getId();
    lock(provider);
    requireFree(provider, slot.start(), slot.end(), Optional.empty(), token, now);
    if (!slotChanges.hold(slot, token, until, now)) {
      throw new SlotUnavailableException(List.of());
    }
  }

  /**
   * Takes {@code slot} for a patient: free, or held with {@code holdToken}, and the provider has no
   * other live appointment or hold overlapping it ({@code moving}, an appointment being moved to
   * this slot, does not count).
   *
   * @throws SlotUnavailableException when the slot, or the provider's time then, is taken or held
   */
  public void take(Slot slot, Optional<String> holdToken, Optional<Long> moving, Instant now) {
    take(slot, holdToken, moving, Optional.empty(), now);
  }

  /**
   * Takes the slot of {@code booked}, a new appointment, as {@link #take} does, and stores the
   * appointment with it.
   *
   * @throws SlotUnavailableException when the slot, or the provider's time then, is taken or held
   */
  public void book(Appointment booked, Optional<String> holdToken, Instant now) {
    take(booked.getSlot(), holdToken, Optional.empty(), Optional.of(booked), now);
  }

  private void take(
      Slot slot,
      Optional<String> holdToken,
      Optional<Long> moving,
      Optional<Appointment> booked,
      Instant now) {
    long provider = slot.getProvider().getId();
    lock(provider);
    requireFree(provider, slot.start(), slot.end(), moving, holdToken.orElse(""), now);
    boolean taken;
    try {
      taken = slotChanges.take(slot, holdToken.orElse(""), booked, now);
    } catch (PersistenceException concurrentWriter) {
      // H2 reports a row written by a concurrent transaction as an error rather than waiting.
      throw new SlotUnavailableException(List.of());
    }
    if (!taken) {
      throw new SlotUnavailableException(List.of());
    }
  }

  /**
   * The provider's live appointments and sessions, at any clinic, overlapping {@code [from, to)};
   * the caller holds the {@link #lock}.
   */
  public List<Busy> appointmentsOverlapping(
      long providerId, Instant from, Instant to, Optional<Long> except) {
    return em
        .createNamedQuery("Appointment.ofProviderOverlapping", Appointment.class)
        .setParameter("provider", providerId)
        .setParameter("statuses", AppointmentStatus.occupying())
        .setParameter("from", utc(from))
        .setParameter("to", utc(to))
        .getResultList()
        .stream()
        .filter(appointment -> except.filter(appointment.getId()::equals).isEmpty())
        .map(appointment -> new Busy(appointment.start(), appointment.end()))
        .toList();
  }

  /**
   * Whether a patient other than the holder of {@code ownToken} holds a slot of the provider, at
   * any clinic, overlapping {@code [from, to)} at {@code now}.
   */
  public boolean heldByOthers(
      long providerId, Instant from, Instant to, String ownToken, Instant now) {
    return em.createNamedQuery("Slot.countHeldOverlapping", Long.class)
            .setParameter("provider", providerId)
            .setParameter("holdToken", ownToken)
            .setParameter("now", utc(now))
            .setParameter("from", utc(from))
            .setParameter("to", utc(to))
            .getSingleResult()
        > 0;
  }

  /**
   * The time that keeps new consultation slots off {@code calendar}: its provider's live
   * appointments and sessions elsewhere, their sessions there, and their open slots elsewhere (so
   * that publishing never offers one person twice at once). Their own consultations at the clinic
   * are the calendar's existing slots, which publishing compares itself.
   */
  public List<Busy> busyOutsideCalendar(CalendarId calendar, Instant from, Instant to) {
    List<Busy> busy = new ArrayList<>();
    em.createNamedQuery("Appointment.ofProviderOutsideCalendar", Appointment.class)
        .setParameter("provider", calendar.providerId())
        .setParameter("clinic", calendar.clinicId())
        .setParameter("statuses", AppointmentStatus.occupying())
        .setParameter("consultation", AppointmentType.CONSULTATION)
        .setParameter("from", utc(from))
        .setParameter("to", utc(to))
        .getResultStream()
        .forEach(appointment -> busy.add(new Busy(appointment.start(), appointment.end())));
    em.createNamedQuery("Slot.openElsewhere", Slot.class)
        .setParameter("provider", calendar.providerId())
        .setParameter("clinic", calendar.clinicId())
        .setParameter("from", utc(from))
        .setParameter("to", utc(to))
        .getResultStream()
        .forEach(slot -> busy.add(new Busy(slot.start(), slot.end())));
    return busy;
  }

  /**
   * The provider's consultation slots a patient may book now, starting in {@code [from, to)}: open,
   * not held, and the provider not busy then at any clinic.
   */
  public List<Slot> freeConsultations(long providerId, Instant from, Instant to, Instant now) {
    return em.createNamedQuery("Slot.free", Slot.class)
        .setParameter("provider", providerId)
        .setParameter("type", AppointmentType.CONSULTATION)
        .setParameter("occupying", AppointmentStatus.occupying())
        .setParameter("now", utc(now))
        .setParameter("from", utc(from))
        .setParameter("to", utc(to))
        .getResultList();
  }

  /**
   * SQL that is true when slot {@code s} (the alias) overlaps no live appointment or session of its
   * provider at any clinic, for the native queries behind the search's next free times.
   */
  public static String clearOfAppointmentsSql(String s) {
    String occupying =
        AppointmentStatus.occupying().stream()
            .map(status -> "'" + status.name() + "'")
            .sorted()
            .collect(Collectors.joining(", "));
    return "NOT EXISTS (SELECT 1 FROM appointment pa WHERE pa.provider_id = "
        + s
        + ".provider_id AND pa.status IN ("
        + occupying
        + ") AND pa.start_at < "
        + s
        + ".end_at AND pa.end_at > "
        + s
        + ".start_at)";
  }

  private void requireFree(
      long providerId, Instant from, Instant to, Optional<Long> moving, String token, Instant now) {
    if (!appointmentsOverlapping(providerId, from, to, moving).isEmpty()
        || heldByOthers(providerId, from, to, token, now)) {
      throw new SlotUnavailableException(List.of());
    }
  }

  /** The same provider's hours at one of their other clinics. */
  public record OtherCalendar(String clinicName, ZoneId zone, Availability availability) {}

  /**
   * Where {@code availability} (checked from {@code draft}, at a clinic in {@code zone}) overlaps
   * the same provider's hours at another clinic, as corrections for the rows of {@code draft}: one
   * per row, naming the other clinic and the overlapping day and time, on this clinic's clock.
   * Dates are compared from {@code today} for a year, so that overrides and clock changes count.
   */
  public static List<FieldError> hoursOverlapping(
      AvailabilityDraft draft,
      Availability availability,
      ZoneId zone,
      List<OtherCalendar> others,
      LocalDate today) {
    Map<String, FieldError> errors = new LinkedHashMap<>();
    Map<LocalDate, DateOverride> overrides = availability.overridesByDate();
    for (LocalDate date = today;
        date.isBefore(today.plusDays(HOURS_CHECKED_DAYS));
        date = date.plusDays(1)) {
      DateOverride override = overrides.get(date);
      List<WeeklyRule> rules =
          override == null ? rulesOn(availability, date) : List.<WeeklyRule>of();
      List<TimeWindow> windows =
          override == null ? rules.stream().map(WeeklyRule::window).toList() : override.windows();
      for (int w = 0; w < windows.size(); w++) {
        TimeWindow window = windows.get(w);
        Instant from = date.atTime(window.start()).atZone(zone).toInstant();
        Instant to = date.atTime(window.end()).atZone(zone).toInstant();
        Optional<String> field =
            override == null
                ? ruleField(draft, rules.get(w))
                : overrideField(draft, date, window.start());
        if (field.isEmpty() || errors.containsKey(field.get())) {
          continue;
        }
        for (OtherCalendar other : others) {
          Optional<Busy> clash = overlapIn(other, from, to);
          if (clash.isPresent()) {
            errors.put(
                field.get(),
                new FieldError(
                    field.get(), message(other, clash.get(), zone, date, override == null)));
            break;
          }
        }
      }
    }
    return List.copyOf(errors.values());
  }

  private static Optional<Busy> overlapIn(OtherCalendar other, Instant from, Instant to) {
    LocalDate first = LocalDate.ofInstant(from, other.zone()).minusDays(1);
    Map<LocalDate, DateOverride> overrides = other.availability().overridesByDate();
    for (LocalDate date = first; !date.isAfter(first.plusDays(2)); date = date.plusDays(1)) {
      DateOverride override = overrides.get(date);
      List<TimeWindow> windows =
          override == null
              ? rulesOn(other.availability(), date).stream().map(WeeklyRule::window).toList()
              : override.windows();
      for (TimeWindow window : windows) {
        Busy hours =
            new Busy(
                date.atTime(window.start()).atZone(other.zone()).toInstant(),
                date.atTime(window.end()).atZone(other.zone()).toInstant());
        if (hours.overlaps(from, to)) {
          return Optional.of(hours);
        }
      }
    }
    return Optional.empty();
  }

  private static List<WeeklyRule> rulesOn(Availability availability, LocalDate date) {
    return availability.rules().stream().filter(rule -> rule.day() == date.getDayOfWeek()).toList();
  }

  private static String message(
      OtherCalendar other, Busy clash, ZoneId zone, LocalDate date, boolean weekly) {
    LocalDate day = LocalDate.ofInstant(clash.start(), zone);
    String dayName = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
    String when =
        weekly
            ? dayName + " " + spoken(clash, zone) + " (first on " + date + ")"
            : dayName + " " + day + ", " + spoken(clash, zone);
    return "These hours overlap this provider's hours at "
        + other.clinicName()
        + ": "
        + when
        + ". A provider can be at one clinic at a time: change the times here or there.";
  }

  private static String spoken(Busy hours, ZoneId zone) {
    return SPOKEN_TIME.format(LocalTime.ofInstant(hours.start(), zone))
        + " to "
        + SPOKEN_TIME.format(LocalTime.ofInstant(hours.end(), zone));
  }

  private static Optional<String> ruleField(AvailabilityDraft draft, WeeklyRule rule) {
    for (int i = 0; i < draft.rules().size(); i++) {
      AvailabilityDraft.RuleRow row = draft.rules().get(i);
      if (row.day() == rule.day()
          && Availability.parsedTime(row.start()).filter(rule.start()::equals).isPresent()
          && Availability.parsedTime(row.end()).filter(rule.end()::equals).isPresent()) {
        return Optional.of("rules[" + i + "].start");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> overrideField(
      AvailabilityDraft draft, LocalDate date, LocalTime start) {
    for (int i = 0; i < draft.overrides().size(); i++) {
      AvailabilityDraft.OverrideRow row = draft.overrides().get(i);
      if (!row.closed()
          && date.toString().equals(row.date() == null ? "" : row.date().trim())
          && Availability.parsedTime(row.start()).filter(start::equals).isPresent()) {
        return Optional.of("overrides[" + i + "].start");
      }
    }
    return Optional.empty();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
