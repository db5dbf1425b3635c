package care.lantern.scheduling.control;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentStatus;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.BookingPolicy;
import care.lantern.scheduling.entity.BookingSource;
import care.lantern.scheduling.entity.Busy;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.InvalidSessionException;
import care.lantern.scheduling.entity.Slot;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Books treatment sessions for a clinic's patient. Chairs and providers are shared by everyone
 * booking at once, so the check and the booking happen under a database lock on the clinic's row
 * and the provider's row ({@code SELECT ... FOR UPDATE}, see {@link ProviderTime}): a second
 * booking at the same clinic, or of the same provider anywhere, waits until the first has committed
 * and then counts it. The provider's open consultation times that overlap the session, or whose
 * clinic's buffers reach it, are withdrawn in the same transaction, so no patient can book them.
 * Joins the caller's transaction (the portal's boundary) or starts its own (the demo content).
 */
@Stateless
public class TreatmentSessions {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private ProviderTime providerTime;

  @Inject private SlotChanges slotChanges;

  private final SessionRules rules = new SessionRules();
  private final ManageCodes codes = new ManageCodes();

  public TreatmentSessions() {}

  /** Outside a container, as the persistence tests use it. */
  TreatmentSessions(EntityManager em, Clock clock, SlotChanges slotChanges) {
    this.em = em;
    this.clock = clock;
    this.providerTime = new ProviderTime(em, slotChanges);
    this.slotChanges = slotChanges;
  }

  /**
   * Books {@code type} at {@code start} in {@code calendar} for the patient of {@code patientOf}
   * (an appointment at the calendar's clinic), or says why not.
   *
   * @throws InvalidSessionException with every reason the session cannot be booked
   */
  public Appointment book(
      CalendarId calendar, AppointmentType type, Instant start, Appointment patientOf) {
    Instant now = clock.instant();
    Clinic clinic = em.find(Clinic.class, calendar.clinicId(), LockModeType.PESSIMISTIC_WRITE);
    Provider provider = providerTime.lock(calendar.providerId()).orElse(null);
    if (provider == null || !provider.practisesAt(clinic)) {
      throw new InvalidSessionException(
          List.of(new FieldError("provider", "Choose a provider who works at this clinic.")));
    }
    Instant end = start.plus(type.duration());
    LocalDate day = LocalDate.ofInstant(start, clinic.zone());
    List<FieldError> problems =
        rules.problems(
            new SessionRules.Candidate(
                type,
                clinic.zone(),
                clinic.offers(type.treatmentCode(), day),
                clinic.remsValidOn(day),
                clinic.getMonitoringChairs(),
                start,
                now,
                providerTime.appointmentsOverlapping(
                    calendar.providerId(), start, end, Optional.empty()),
                providerTime.heldByOthers(calendar.providerId(), start, end, "", now),
                type.usesMonitoringChair()
                    ? busy(chairOverlaps(calendar.clinicId(), start, end))
                    : List.of()));
    if (!problems.isEmpty()) {
      throw new InvalidSessionException(problems);
    }
    List<Long> buffered = consultationsBufferedAgainst(provider, start, end, now);
    Slot slot = sessionSlot(provider, clinic, type, start);
    Appointment session =
        new Appointment(
            slot,
            new Appointment.Booking(
                AppointmentMode.IN_PERSON,
                patientOf.getPatient().copy(),
                patientOf.getPayerCode(),
                "Booked by the clinic for the patient of " + patientOf.getReference() + ".",
                BookingSource.CLINIC,
                Optional.empty(),
                false),
            codes.unusedReference(em),
            // The patient is told by email and changes a session by calling the clinic: the
            // manage token is never handed out.
            codes.token(),
            now);
    em.persist(session);
    slotChanges.withdrawForSession(calendar, start, end, buffered, now);
    return session;
  }

  /**
   * The provider's free consultation times whose clinic's buffers ({@link
   * SlotPublisher#consultationsAt}) reach the session, as publication would not have offered them
   * next to it; withdrawn with those overlapping the session itself.
   */
  private List<Long> consultationsBufferedAgainst(
      Provider provider, Instant start, Instant end, Instant now) {
    Duration reach =
        provider.clinics().stream()
            .flatMap(c -> Stream.of(c.bufferBefore(), c.bufferAfter()))
            .max(Duration::compareTo)
            .orElse(Duration.ZERO);
    if (reach.isZero()) {
      return List.of();
    }
    return providerTime
        .freeConsultations(
            provider.getId(),
            start.minus(reach).minus(AppointmentType.CONSULTATION.duration()),
            end.plus(reach),
            now)
        .stream()
        .filter(
            slot -> {
              BookingPolicy policy = SlotPublisher.consultationsAt(slot.getClinic());
              return slot.start().minus(policy.bufferBefore()).isBefore(end)
                  && slot.end().plus(policy.bufferAfter()).isAfter(start);
            })
        .map(Slot::getId)
        .toList();
  }

  /**
   * A new booked slot, or the one a cancelled or missed session at the same time left behind (a
   * provider has one slot per type and start).
   */
  private Slot sessionSlot(Provider provider, Clinic clinic, AppointmentType type, Instant start) {
    Optional<Slot> earlier =
        em.createNamedQuery("Slot.at", Slot.class)
            .setParameter("provider", provider.getId())
            .setParameter("clinic", clinic.getId())
            .setParameter("type", type)
            .setParameter("start", utc(start))
            .getResultStream()
            .findFirst();
    earlier.ifPresent(Slot::rebookByClinic);
    return earlier.orElseGet(
        () -> {
          Slot fresh = Slot.bookedByClinic(provider, clinic, type, start);
          em.persist(fresh);
          return fresh;
        });
  }

  private List<Appointment> chairOverlaps(long clinicId, Instant from, Instant to) {
    return em.createNamedQuery("Appointment.ofTypesOverlapping", Appointment.class)
        .setParameter("clinic", clinicId)
        .setParameter("statuses", AppointmentStatus.occupying())
        .setParameter(
            "types",
            Arrays.stream(AppointmentType.values())
                .filter(AppointmentType::usesMonitoringChair)
                .toList())
        .setParameter("from", utc(from))
        .setParameter("to", utc(to))
        .getResultList();
  }

  private static List<Busy> busy(List<Appointment> appointments) {
    return appointments.stream().map(a -> new Busy(a.start(), a.end())).toList();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
