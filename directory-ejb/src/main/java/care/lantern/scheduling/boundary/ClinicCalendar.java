package care.lantern.scheduling.boundary;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.ClinicSummary;
import care.lantern.directory.entity.Provider;
import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.scheduling.control.SlotChanges;
import care.lantern.scheduling.control.TreatmentSessions;
import care.lantern.scheduling.entity.AgendaDay;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentChanged;
import care.lantern.scheduling.entity.AppointmentChanged.Change;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.AppointmentView;
import care.lantern.scheduling.entity.AvailabilityOverride;
import care.lantern.scheduling.entity.BlockedTime;
import care.lantern.scheduling.entity.CalendarEntry;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.CalendarSpan;
import care.lantern.scheduling.entity.ClinicAgenda;
import care.lantern.scheduling.entity.InvalidSessionException;
import care.lantern.scheduling.entity.ProviderChoice;
import care.lantern.scheduling.entity.SessionRequest;
import care.lantern.scheduling.entity.Slot;
import care.lantern.scheduling.entity.TimeWindow;
import care.lantern.staff.boundary.AuditTrail;
import care.lantern.staff.boundary.StaffScope;
import care.lantern.staff.entity.AuditAction;
import care.lantern.staff.entity.StaffIdentity;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A clinic's calendar for its staff: who is coming when, what patients are holding right now and
 * which days are blocked; opening an appointment for staff (scope checked, view audited); recording
 * attendance, no-shows and cancellations; booking treatment sessions. Every record is looked up
 * first and then checked against the caller's clinics, and every view or change is audited in its
 * transaction.
 */
@Stateless
public class ClinicCalendar {

  @PersistenceContext private EntityManager em;

  @Inject private StaffScope scope;

  @Inject private SlotChanges slotChanges;

  @Inject private AuditTrail audit;

  @Inject private Clock clock;

  @Inject private TreatmentSessions sessions;

  @Inject private Event<AppointmentChanged> changes;

  /** The providers who work at the clinic, by name. */
  public List<ProviderChoice> providers(long clinicId) {
    scope.requireClinic(clinicId);
    return providersAt(clinicId);
  }

  /**
   * A day or week of the clinic's calendar around {@code date} (default: today at the clinic), for
   * one provider of the clinic or, without {@code providerId}, for all of them.
   */
  public ClinicAgenda agenda(
      long clinicId, Optional<Long> providerId, Optional<LocalDate> date, CalendarSpan span) {
    StaffIdentity staff = scope.requireClinic(clinicId);
    Clinic clinic = em.find(Clinic.class, clinicId);
    ZoneId zone = clinic.zone();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    LocalDate first = span.firstDay(date.orElse(today));
    LocalDate last = first.plusDays(span.days() - 1L);
    List<ProviderChoice> all = providersAt(clinicId);
    Optional<ProviderChoice> chosen =
        providerId.map(
            id ->
                all.stream()
                    .filter(p -> p.id() == id)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Provider")));
    List<ProviderChoice> shown = chosen.map(List::of).orElse(all);
    Map<Long, ProviderChoice> byId =
        shown.stream().collect(Collectors.toMap(ProviderChoice::id, Function.identity()));
    List<Long> ids = shown.isEmpty() ? List.of(-1L) : List.copyOf(byId.keySet());
    OffsetDateTime from = first.atStartOfDay(zone).toOffsetDateTime();
    OffsetDateTime to = last.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    List<CalendarEntry> entries =
        Stream.concat(
                appointments(clinicId, ids, from, to).stream()
                    .map(a -> booked(a, byId.get(a.getProvider().getId()))),
                holds(clinicId, ids, from, to).stream()
                    .map(s -> held(s, byId.get(s.getProvider().getId()))))
            .sorted(Comparator.comparing(CalendarEntry::start))
            .toList();
    List<BlockedTime> blocked = blocked(clinicId, ids, first, last, byId);
    List<AgendaDay> days =
        first
            .datesUntil(last.plusDays(1))
            .map(
                day ->
                    new AgendaDay(
                        day,
                        entries.stream()
                            .filter(e -> LocalDate.ofInstant(e.start(), zone).equals(day))
                            .toList(),
                        blocked.stream().filter(b -> b.date().equals(day)).toList()))
            .toList();
    audit.record(
        staff,
        clinicId,
        AuditAction.VIEW_CALENDAR,
        chosen.map(p -> "provider " + p.id()).orElse("all providers")
            + ", "
            + (span == CalendarSpan.WEEK ? "week of " : "")
            + first);
    return new ClinicAgenda(ClinicSummary.of(clinic), all, chosen, span, first, today, days);
  }

  /**
   * Opens one appointment for a member of staff, by its reference or its numeric id: checks it is
   * one of the caller's clinics and audits the view. The portal composes what staff see from it.
   *
   * @throws NotFoundException when there is none, or it is another clinic's
   */
  public Appointment open(String referenceOrId) {
    Appointment appointment = require(referenceOrId);
    StaffIdentity staff = scope.requireClinic(appointment.getClinic().getId());
    audit.record(
        staff,
        appointment.getClinic().getId(),
        AuditAction.VIEW_APPOINTMENT,
        appointment.getReference());
    return appointment;
  }

  /** The patient came. Only once the appointment has started, and only while it is booked. */
  public void markAttended(String reference) {
    close(reference, AuditAction.MARK_ATTENDED, Change.ATTENDED);
  }

  /** The patient did not come. Only once the appointment has started, and while it is booked. */
  public void markNoShow(String reference) {
    close(reference, AuditAction.MARK_NO_SHOW, Change.NO_SHOW);
  }

  /**
   * Cancels for the clinic: the time is freed at once, the patient is emailed with a calendar
   * cancellation, and a referral it was booked for is cancelled too.
   */
  public void cancel(String reference) {
    Appointment appointment = require(reference);
    StaffIdentity staff = scope.requireClinic(appointment.getClinic().getId());
    Instant now = clock.instant();
    slotChanges.release(appointment.cancelByClinic(now), now);
    audit.record(
        staff,
        appointment.getClinic().getId(),
        AuditAction.CANCEL_APPOINTMENT,
        appointment.getReference());
    changes.fire(
        AppointmentChanged.byClinic(
            AppointmentView.of(appointment, now), Change.CANCELLED_BY_CLINIC));
  }

  /** The treatment sessions the clinic may book today: what it offers (Spravato under REMS). */
  public List<AppointmentType> sessionTypes(long clinicId) {
    scope.requireClinic(clinicId);
    Clinic clinic = em.find(Clinic.class, clinicId);
    LocalDate today = LocalDate.now(clock.withZone(clinic.zone()));
    return Arrays.stream(AppointmentType.values())
        .filter(type -> !type.patientBookable())
        .filter(type -> clinic.offers(type.treatmentCode(), today))
        .toList();
  }

  /**
   * Books a treatment session for the patient of appointment {@code reference}, at that
   * appointment's clinic; returns the new session's reference. The patient is emailed.
   *
   * @throws InvalidSessionException naming every field that stops the booking
   */
  public String bookSession(String reference, SessionRequest request) {
    Appointment patientOf = require(reference);
    long clinicId = patientOf.getClinic().getId();
    StaffIdentity staff = scope.requireClinic(clinicId);
    ZoneId zone = patientOf.getClinic().zone();
    List<FieldError> errors = new ArrayList<>();
    Optional<AppointmentType> type = sessionType(request.type(), errors);
    Optional<LocalDate> day =
        parsed(request.date(), LocalDate::parse, "date", "Enter the date as YYYY-MM-DD.", errors);
    Optional<LocalTime> time =
        parsed(
            request.time(),
            LocalTime::parse,
            "time",
            "Enter the time as HH:MM, like 14:30.",
            errors);
    if (request.providerId() == null) {
      errors.add(new FieldError("provider", "Choose the provider."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSessionException(errors);
    }
    Instant start = day.orElseThrow().atTime(time.orElseThrow()).atZone(zone).toInstant();
    Appointment session =
        sessions.book(
            new CalendarId(request.providerId(), clinicId), type.orElseThrow(), start, patientOf);
    audit.record(staff, clinicId, AuditAction.BOOK_SESSION, session.getReference());
    changes.fire(
        AppointmentChanged.byClinic(AppointmentView.of(session, clock.instant()), Change.BOOKED));
    return session.getReference();
  }

  private void close(String reference, AuditAction action, Change change) {
    Appointment appointment = require(reference);
    StaffIdentity staff = scope.requireClinic(appointment.getClinic().getId());
    Instant now = clock.instant();
    if (change == Change.ATTENDED) {
      appointment.attend(now);
    } else {
      appointment.markNoShow(now);
    }
    audit.record(staff, appointment.getClinic().getId(), action, appointment.getReference());
    changes.fire(AppointmentChanged.byClinic(AppointmentView.of(appointment, now), change));
  }

  private Appointment require(String referenceOrId) {
    String key = referenceOrId == null ? "" : referenceOrId.trim().toUpperCase();
    Optional<Appointment> found =
        key.chars().allMatch(Character::isDigit) && !key.isEmpty() && key.length() < 19
            ? Optional.ofNullable(em.find(Appointment.class, Long.valueOf(key)))
            : em.createNamedQuery("Appointment.byReference", Appointment.class)
                .setParameter("reference", key)
                .getResultStream()
                .findFirst();
    return found.orElseThrow(() -> new NotFoundException("Appointment"));
  }

  private List<ProviderChoice> providersAt(long clinicId) {
    return em.createNamedQuery("Provider.atClinic", Provider.class)
        .setParameter("clinic", clinicId)
        .getResultStream()
        .map(p -> new ProviderChoice(p.getId(), p.getName()))
        .toList();
  }

  private List<Appointment> appointments(
      long clinicId, List<Long> providers, OffsetDateTime from, OffsetDateTime to) {
    return em.createNamedQuery("Appointment.ofClinicBetween", Appointment.class)
        .setParameter("clinic", clinicId)
        .setParameter("providers", providers)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private List<Slot> holds(
      long clinicId, List<Long> providers, OffsetDateTime from, OffsetDateTime to) {
    return em.createNamedQuery("Slot.heldBetween", Slot.class)
        .setParameter("clinic", clinicId)
        .setParameter("providers", providers)
        .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private List<BlockedTime> blocked(
      long clinicId,
      List<Long> providers,
      LocalDate first,
      LocalDate last,
      Map<Long, ProviderChoice> byId) {
    Map<List<Object>, List<AvailabilityOverride>> byProviderAndDate =
        em.createNamedQuery("AvailabilityOverride.ofClinicBetween", AvailabilityOverride.class)
            .setParameter("clinic", clinicId)
            .setParameter("providers", providers)
            .setParameter("from", first)
            .setParameter("to", last)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    o -> List.of(o.getProvider().getId(), o.getDate()),
                    LinkedHashMap::new,
                    Collectors.toList()));
    return byProviderAndDate.values().stream()
        .map(
            rows ->
                new BlockedTime(
                    rows.get(0).getDate(),
                    byId.get(rows.get(0).getProvider().getId()),
                    rows.stream()
                        .map(AvailabilityOverride::window)
                        .flatMap(Optional::stream)
                        .sorted(Comparator.comparing(TimeWindow::start))
                        .toList()))
        .toList();
  }

  private static CalendarEntry booked(Appointment a, ProviderChoice provider) {
    return CalendarEntry.booked(
        a.start(),
        a.end(),
        provider,
        new CalendarEntry.Booked(
            a.getReference(),
            a.getType(),
            a.getStatus(),
            a.isUrgent(),
            a.getPatient().getFirstName() + " " + a.getPatient().getLastName()));
  }

  private static CalendarEntry held(Slot slot, ProviderChoice provider) {
    return CalendarEntry.held(slot.start(), slot.end(), provider, slot.heldUntil().orElseThrow());
  }

  private static Optional<AppointmentType> sessionType(String name, List<FieldError> errors) {
    Optional<AppointmentType> type =
        Arrays.stream(AppointmentType.values())
            .filter(t -> !t.patientBookable() && t.name().equals(name))
            .findFirst();
    if (type.isEmpty()) {
      errors.add(new FieldError("type", "Choose the kind of session."));
    }
    return type;
  }

  private static <T> Optional<T> parsed(
      String text,
      Function<String, T> parser,
      String field,
      String message,
      List<FieldError> errors) {
    try {
      return Optional.of(parser.apply(text == null ? "" : text.trim()));
    } catch (DateTimeParseException wrongFormat) {
      errors.add(new FieldError(field, message));
      return Optional.empty();
    }
  }
}
