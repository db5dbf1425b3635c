package care.lantern.scheduling.entity;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * One bookable period of one provider at one clinic, published from the availability rules. Whether
 * a patient gets it is decided by a conditional UPDATE in the database ({@code Slot.take}), never
 * by reading it into Java first.
 *
 * <p>A slot withdrawn by a change of availability while a patient held it stays theirs until the
 * hold ends: {@code Slot.take} lets the holder book it, so nobody is stopped mid-form, and the
 * booking then shows among the calendar's conflicts. A slot booked outside the hours is withdrawn,
 * not reopened, when its appointment is cancelled or moved ({@code Slot.release}, then {@code
 * Slot.withdrawIfOutsideHours}).
 *
 * <p>This is the one definition of a free slot, one form per query language: open, not under a live
 * hold ({@link #OPEN_AND_UNHELD}), starting at or after its clinic's bookable-from ({@link
 * BookingPolicy#bookableFrom}), and its provider, one person, not busy then at any clinic ({@link
 * #CLEAR_OF_APPOINTMENTS}). The named queries concatenate the JPQL constants below; native SQL
 * takes {@code NextFreeSlots.freeSql}, written with the same parts; {@code FreeSlotMappingIT}
 * proves that every form finds the same first free slot.
 */
@Entity
@NamedQuery(
    name = "Slot.publishedFrom",
    query =
        "SELECT NEW care.lantern.scheduling.entity.PublishedSlot(s.id, s.start, s.status,"
            + " s.heldUntil, s.offered.inPerson, s.offered.telehealth, s.outsideHours) FROM Slot s"
            + " WHERE s.provider.id = :provider AND s.clinic.id = :clinic"
            + " AND s.appointmentType = :type AND s.start >= :from ORDER BY s.start")
@NamedQuery(
    name = "Slot.openElsewhere",
    query =
        "SELECT s FROM Slot s WHERE s.provider.id = :provider AND s.clinic.id <> :clinic"
            + " AND s.status = care.lantern.scheduling.entity.SlotStatus.OPEN AND s.end > :from AND s.start < :to")
@NamedQuery(
    name = "Slot.withdrawIfOutsideHours",
    query =
        "UPDATE Slot s SET s.status = care.lantern.scheduling.entity.SlotStatus.WITHDRAWN"
            + " WHERE s.id = :id AND s.outsideHours = TRUE"
            + " AND s.status = care.lantern.scheduling.entity.SlotStatus.OPEN")
@NamedQuery(
    name = "Slot.markOutsideHours",
    query = "UPDATE Slot s SET s.outsideHours = TRUE WHERE s.id IN :ids")
@NamedQuery(
    name = "Slot.markWithinHours",
    query =
        "UPDATE Slot s SET s.outsideHours = FALSE WHERE s.id IN :ids"
            + " AND s.status = care.lantern.scheduling.entity.SlotStatus.BOOKED")
@NamedQuery(
    name = "Slot.withdraw",
    query =
        "UPDATE Slot s SET s.status = care.lantern.scheduling.entity.SlotStatus.WITHDRAWN"
            + " WHERE s.id IN :ids AND s.status = care.lantern.scheduling.entity.SlotStatus.OPEN")
@NamedQuery(
    name = "Slot.withdrawUnheld",
    query =
        "UPDATE Slot s SET s.status = care.lantern.scheduling.entity.SlotStatus.WITHDRAWN"
            + " WHERE s.id IN :ids AND "
            + Slot.OPEN_AND_UNHELD)
@NamedQuery(
    name = "Slot.reopen",
    query =
        "UPDATE Slot s SET s.status = care.lantern.scheduling.entity.SlotStatus.OPEN, s.outsideHours = FALSE,"
            + " s.offered.inPerson = :inPerson, s.offered.telehealth = :telehealth"
            + " WHERE s.id = :id AND s.status = care.lantern.scheduling.entity.SlotStatus.WITHDRAWN")
@NamedQuery(
    name = "Slot.offerModes",
    query =
        "UPDATE Slot s SET s.offered.inPerson = :inPerson, s.offered.telehealth = :telehealth"
            + " WHERE s.id = :id"
            + " AND "
            + Slot.OPEN_AND_UNHELD)
@NamedQuery(
    name = "Slot.free",
    query =
        "SELECT s FROM Slot s WHERE s.provider.id = :provider AND s.appointmentType = :type"
            + " AND "
            + Slot.OPEN_AND_UNHELD
            + " AND s.start >= :from AND s.start < :to"
            + " AND "
            + Slot.CLEAR_OF_APPOINTMENTS
            + " ORDER BY s.start, s.id")
@NamedQuery(
    name = "Slot.startsOf",
    query =
        "SELECT s.start FROM Slot s WHERE s.provider.id = :provider AND s.clinic.id = :clinic"
            + " AND s.appointmentType = :type AND s.start >= :from")
@NamedQuery(
    name = "Slot.take",
    query =
        "UPDATE Slot s SET s.status = care.lantern.scheduling.entity.SlotStatus.BOOKED,"
            + " s.heldUntil = NULL, s.holdToken = NULL WHERE s.id = :id"
            + " AND (("
            + Slot.OPEN_AND_UNHELD
            + ") OR (s.holdToken = :holdToken"
            + " AND (s.status = care.lantern.scheduling.entity.SlotStatus.OPEN"
            + " OR (s.status = care.lantern.scheduling.entity.SlotStatus.WITHDRAWN"
            + " AND s.heldUntil > :now))))")
@NamedQuery(
    name = "Slot.hold",
    query =
        "UPDATE Slot s SET s.heldUntil = :until, s.holdToken = :holdToken WHERE s.id = :id"
            + " AND "
            + Slot.OPEN_AND_UNHELD)
@NamedQuery(
    name = "Slot.firstHoldLapse",
    query = "SELECT MIN(s.heldUntil) FROM Slot s WHERE s.heldUntil > :now")
@NamedQuery(
    name = "Slot.release",
    query =
        "UPDATE Slot s SET s.status = care.lantern.scheduling.entity.SlotStatus.OPEN"
            + " WHERE s.id = :id AND s.status = care.lantern.scheduling.entity.SlotStatus.BOOKED")
@NamedQuery(
    name = "Slot.at",
    query =
        "SELECT s FROM Slot s WHERE s.provider.id = :provider AND s.clinic.id = :clinic"
            + " AND s.appointmentType = :type AND s.start = :start")
@NamedQuery(
    name = "Slot.heldBetween",
    query =
        "SELECT s FROM Slot s WHERE s.clinic.id = :clinic AND s.provider.id IN :providers"
            + " AND s.status = care.lantern.scheduling.entity.SlotStatus.OPEN"
            + " AND s.heldUntil > :now AND s.start < :to AND s.end > :from ORDER BY s.start, s.id")
@NamedQuery(
    name = "Slot.countHeldOverlapping",
    query =
        "SELECT COUNT(s) FROM Slot s WHERE s.provider.id = :provider"
            + " AND s.status = care.lantern.scheduling.entity.SlotStatus.OPEN"
            + " AND s.heldUntil > :now AND s.holdToken <> :holdToken"
            + " AND s.start < :to AND s.end > :from")
@NamedQuery(
    name = "Slot.holdOverlapping",
    query =
        "UPDATE Slot s SET s.heldUntil = :until, s.holdToken = :holdToken"
            + " WHERE s.provider.id = :provider AND s.id <> :id"
            + " AND "
            + Slot.OPEN_AND_UNHELD
            + " AND s.start < :to AND s.end > :from")
@NamedQuery(
    name = "Slot.withdrawOverlapping",
    query =
        "UPDATE Slot s SET s.status = care.lantern.scheduling.entity.SlotStatus.WITHDRAWN"
            + " WHERE s.provider.id = :provider"
            + " AND "
            + Slot.OPEN_AND_UNHELD
            + " AND s.start < :to AND s.end > :from")
public class Slot extends OnCalendar {

  /**
   * JPQL over alias {@code s}, with {@code :now}: the slot is open and no patient holds it at that
   * instant (a lapsed hold counts as none).
   */
  public static final String OPEN_AND_UNHELD =
      "s.status = care.lantern.scheduling.entity.SlotStatus.OPEN"
          + " AND (s.heldUntil IS NULL OR s.heldUntil <= :now)";

  /**
   * JPQL over alias {@code s}, with {@code :occupying} (the {@link AppointmentStatus#occupying}
   * statuses): the slot's provider has no live appointment or session overlapping it, at any
   * clinic.
   */
  public static final String CLEAR_OF_APPOINTMENTS =
      "NOT EXISTS (SELECT a FROM Appointment a WHERE a.provider = s.provider"
          + " AND a.status IN :occupying AND a.start < s.end AND a.end > s.start)";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "slot_seq")
  @SequenceGenerator(name = "slot_seq", sequenceName = "slot_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "appointment_type", nullable = false)
  private AppointmentType appointmentType;

  @Column(name = "start_at", nullable = false)
  private OffsetDateTime start;

  @Column(name = "end_at", nullable = false)
  private OffsetDateTime end;

  @Embedded private OfferedModes offered;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SlotStatus status = SlotStatus.OPEN;

  @Column(name = "held_until")
  private OffsetDateTime heldUntil;

  @Column(name = "hold_token")
  private String holdToken;

  /** Booked at a time the availability no longer gives: freed, it is withdrawn, not reopened. */
  @Column(name = "outside_hours", nullable = false)
  private boolean outsideHours;

  protected Slot() {}

  public Slot(
      Provider provider,
      Clinic clinic,
      AppointmentType type,
      Instant start,
      Instant end,
      Set<AppointmentMode> modes) {
    super(provider, clinic);
    if (!start.isBefore(end) || modes.isEmpty()) {
      throw new IllegalArgumentException("A slot needs a start before its end and a mode");
    }
    this.appointmentType = type;
    this.start = start.atOffset(ZoneOffset.UTC);
    this.end = end.atOffset(ZoneOffset.UTC);
    this.offered = OfferedModes.of(modes);
  }

  /**
   * The slot of a treatment session the clinic books directly: taken from the start, never offered
   * to patients.
   */
  public static Slot bookedByClinic(
      Provider provider, Clinic clinic, AppointmentType type, Instant start) {
    Slot slot = new Slot(provider, clinic, type, start, start.plus(type.duration()), type.modes());
    slot.status = SlotStatus.BOOKED;
    return slot;
  }

  /**
   * Books a session slot again whose earlier session was cancelled or missed; the caller has made
   * sure, under the clinic's lock, that nothing else occupies the time.
   */
  public void rebookByClinic() {
    this.status = SlotStatus.BOOKED;
    this.heldUntil = null;
    this.holdToken = null;
  }

  /** While a patient holds it on the booking form. */
  public Optional<Instant> heldUntil() {
    return Optional.ofNullable(heldUntil).map(OffsetDateTime::toInstant);
  }

  public Long getId() {
    return id;
  }

  public AppointmentType getAppointmentType() {
    return appointmentType;
  }

  public Instant start() {
    return start.toInstant();
  }

  public Instant end() {
    return end.toInstant();
  }

  public SlotStatus getStatus() {
    return status;
  }

  /** The modes a patient may choose for this slot, in-person first. */
  public Set<AppointmentMode> modes() {
    return offered.modes();
  }

  public boolean offers(AppointmentMode mode) {
    return modes().contains(mode);
  }
}
