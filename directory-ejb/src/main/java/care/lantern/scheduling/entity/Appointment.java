package care.lantern.scheduling.entity;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.platform.entity.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A booked consultation or treatment session. It owns its slot while BOOKED ({@code active_slot_id}
 * is unique), knows its calendar sequence for ICS updates, and is managed only by whoever holds the
 * manage token, of which it keeps just a SHA-256 hash.
 */
@Entity
@NamedQuery(
    name = "Appointment.bookedConsultationsOf",
    query =
        "SELECT NEW care.lantern.scheduling.entity.BookedConsultation(a.id, a.reference, a.start,"
            + " a.mode, a.patient.firstName, a.patient.lastName) FROM Appointment a"
            + " WHERE a.provider.id = :provider AND a.clinic.id = :clinic"
            + " AND a.status = care.lantern.scheduling.entity.AppointmentStatus.BOOKED"
            + " AND a.slot.appointmentType = care.lantern.scheduling.entity.AppointmentType.CONSULTATION"
            + " AND a.start >= :from ORDER BY a.start")
@NamedQuery(
    name = "Appointment.byReference",
    query = "SELECT a FROM Appointment a WHERE a.reference = :reference")
@NamedQuery(
    name = "Appointment.ofClinicBetween",
    query =
        "SELECT a FROM Appointment a WHERE a.clinic.id = :clinic AND a.provider.id IN :providers"
            + " AND a.start < :to AND a.end > :from ORDER BY a.start, a.id")
@NamedQuery(
    name = "Appointment.ofProviderOverlapping",
    query =
        "SELECT a FROM Appointment a WHERE a.provider.id = :provider AND a.status IN :statuses"
            + " AND a.start < :to AND a.end > :from")
@NamedQuery(
    name = "Appointment.ofProviderOutsideCalendar",
    query =
        "SELECT a FROM Appointment a WHERE a.provider.id = :provider AND a.status IN :statuses"
            + " AND (a.clinic.id <> :clinic OR a.slot.appointmentType <> :consultation)"
            + " AND a.start < :to AND a.end > :from")
@NamedQuery(
    name = "Appointment.ofTypesOverlapping",
    query =
        "SELECT a FROM Appointment a WHERE a.clinic.id = :clinic AND a.status IN :statuses"
            + " AND a.slot.appointmentType IN :types AND a.start < :to AND a.end > :from")
public class Appointment extends OnCalendar {

  /**
   * The longest reason for a visit, in characters: the home of this limit, used by the column, the
   * booking request's validation and the reason a referral writes for its booking.
   */
  public static final int MAX_REASON = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
  @SequenceGenerator(
      name = "appointment_seq",
      sequenceName = "appointment_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String reference;

  @Column(name = "manage_token_hash", nullable = false)
  private String manageTokenHash;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "slot_id")
  private Slot slot;

  /** The slot while BOOKED, null otherwise: the database keeps it unique. */
  @Column(name = "active_slot_id")
  private Long activeSlotId;

  @Column(name = "start_at", nullable = false)
  private OffsetDateTime start;

  @Column(name = "end_at", nullable = false)
  private OffsetDateTime end;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppointmentMode mode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppointmentStatus status;

  @Embedded private PatientDetails patient;

  @Column(name = "payer_code", nullable = false)
  private String payerCode;

  @Column(nullable = false, length = MAX_REASON)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BookingSource source;

  @Column(name = "screening_id")
  private String screeningId;

  /** Booked from a screening that signalled a risk of self-harm: the clinic sees it first. */
  @Column(nullable = false)
  private boolean urgent;

  @Column(name = "late_cancellation", nullable = false)
  private boolean lateCancellation;

  /** RFC 5545 SEQUENCE: bumped on every change a calendar must pick up. */
  @Column(name = "calendar_sequence", nullable = false)
  private int calendarSequence;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Appointment() {}

  /** What the patient asked for, already validated. */
  public record Booking(
      AppointmentMode mode,
      PatientDetails patient,
      String payerCode,
      String reason,
      BookingSource source,
      Optional<String> screeningId,
      boolean urgent) {}

  public Appointment(
      Slot slot, Booking booking, String reference, String manageToken, Instant now) {
    super(slot.getProvider(), slot.getClinic());
    this.slot = slot;
    this.activeSlotId = slot.getId();
    this.start = slot.start().atOffset(ZoneOffset.UTC);
    this.end = slot.end().atOffset(ZoneOffset.UTC);
    this.mode = booking.mode();
    this.status = AppointmentStatus.BOOKED;
    this.patient = booking.patient();
    this.payerCode = booking.payerCode();
    this.reason = booking.reason();
    this.source = booking.source();
    this.screeningId = booking.screeningId().orElse(null);
    this.urgent = booking.urgent();
    this.reference = reference;
    this.manageTokenHash = hash(manageToken);
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    this.updatedAt = createdAt;
  }

  /** Whether {@code token} is this appointment's manage token (compared in constant time). */
  public boolean isManagedBy(String token) {
    return token != null
        && MessageDigest.isEqual(
            manageTokenHash.getBytes(StandardCharsets.US_ASCII),
            hash(token).getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Cancels and gives the slot back. Inside the clinic's late-cancellation window it still cancels,
   * but is marked late so the clinic can apply its policy.
   */
  public Slot cancel(Instant now) {
    requireBooked();
    this.lateCancellation |= isInLateCancellationWindow(now);
    this.status = AppointmentStatus.CANCELLED;
    this.activeSlotId = null;
    return changed(now);
  }

  /**
   * The clinic cancels and gives the slot back. Never a late cancellation: that policy is about the
   * patient's notice, not the clinic's.
   */
  public Slot cancelByClinic(Instant now) {
    requireBooked();
    this.status = AppointmentStatus.CANCELLED;
    this.activeSlotId = null;
    return changed(now);
  }

  /** The patient came; recorded once the appointment has started. */
  public void attend(Instant now) {
    close(AppointmentStatus.COMPLETED, now);
  }

  /** The patient did not come; recorded once the appointment has started. */
  public void markNoShow(Instant now) {
    close(AppointmentStatus.NO_SHOW, now);
  }

  private void close(AppointmentStatus outcome, Instant now) {
    requireBooked();
    if (now.isBefore(start.toInstant())) {
      throw new AppointmentNotStartedException();
    }
    this.status = outcome;
    this.activeSlotId = null;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Whether it has started at {@code now}, so that attendance can be recorded. */
  public boolean hasStarted(Instant now) {
    return !now.isBefore(start.toInstant());
  }

  /**
   * Whether this appointment may move to {@code newSlot}: only while booked, and only to a time of
   * the same provider at the same clinic for the same kind of appointment. The patient keeps what
   * they booked (the clinic accepted their payer for it, a referral named the provider) and only
   * the time changes; seeing someone else, elsewhere or for something else is a new booking.
   */
  public void requireMovableTo(Slot newSlot) {
    requireBooked();
    Provider provider = getProvider();
    Clinic clinic = getClinic();
    boolean sameProvider =
        newSlot.getProvider() == provider || same(newSlot.getProvider().getId(), provider.getId());
    boolean sameClinic =
        newSlot.getClinic() == clinic || same(newSlot.getClinic().getId(), clinic.getId());
    if (!sameProvider || !sameClinic || newSlot.getAppointmentType() != getType()) {
      throw new RescheduleElsewhereException(getType(), provider.getName(), clinic.getName());
    }
  }

  private static boolean same(Long id, Long otherId) {
    return id != null && id.equals(otherId);
  }

  /**
   * Moves to {@code newSlot} (see {@link #requireMovableTo}); returns the slot given up. The caller
   * has already taken the new one. Moving inside the late-cancellation window counts as a late
   * cancellation of the time given up, as the patient's emails say; the mark stays with the
   * appointment.
   */
  public Slot moveTo(Slot newSlot, AppointmentMode newMode, Instant now) {
    requireMovableTo(newSlot);
    this.lateCancellation |= isInLateCancellationWindow(now);
    Slot old = changed(now);
    this.slot = newSlot;
    this.activeSlotId = newSlot.getId();
    this.start = newSlot.start().atOffset(ZoneOffset.UTC);
    this.end = newSlot.end().atOffset(ZoneOffset.UTC);
    this.mode = newMode;
    return old;
  }

  /** Whether cancelling or moving it at {@code now} counts as a late cancellation. */
  public boolean isInLateCancellationWindow(Instant now) {
    return now.isAfter(
        start.toInstant().minus(Duration.ofHours(getClinic().getLateCancellationHours())));
  }

  private Slot changed(Instant now) {
    this.calendarSequence++;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
    return slot;
  }

  private void requireBooked() {
    if (status != AppointmentStatus.BOOKED) {
      throw new AppointmentNotChangeableException(status);
    }
  }

  private static String hash(String token) {
    return Sha256.hex(token);
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public Slot getSlot() {
    return slot;
  }

  /** What it is for; the slot it was booked into says. */
  public AppointmentType getType() {
    return slot.getAppointmentType();
  }

  public Instant start() {
    return start.toInstant();
  }

  public Instant end() {
    return end.toInstant();
  }

  public AppointmentMode getMode() {
    return mode;
  }

  public AppointmentStatus getStatus() {
    return status;
  }

  public PatientDetails getPatient() {
    return patient;
  }

  public String getPayerCode() {
    return payerCode;
  }

  public String getReason() {
    return reason;
  }

  public BookingSource getSource() {
    return source;
  }

  public Optional<String> screeningId() {
    return Optional.ofNullable(screeningId);
  }

  public boolean isUrgent() {
    return urgent;
  }

  public boolean isLateCancellation() {
    return lateCancellation;
  }

  public int getCalendarSequence() {
    return calendarSequence;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }
}
