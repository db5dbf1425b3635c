package care.lantern.scheduling.control;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.Availability;
import care.lantern.scheduling.entity.AvailabilityOverride;
import care.lantern.scheduling.entity.BookingPolicy;
import care.lantern.scheduling.entity.Busy;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.DateOverride;
import care.lantern.scheduling.entity.FreeSlot;
import care.lantern.scheduling.entity.OpeningHours;
import care.lantern.scheduling.entity.PublishedSlot;
import care.lantern.scheduling.entity.Slot;
import care.lantern.scheduling.entity.SlotPlan;
import care.lantern.scheduling.entity.SlotQuery;
import care.lantern.scheduling.entity.WeeklyAvailability;
import care.lantern.scheduling.entity.WeeklyRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns availability rules into bookable consultation slots for the coming weeks. Publishing is
 * idempotent and brings the free slots in line with the rules: it adds what is missing, reopens
 * withdrawn slots the rules give again and withdraws free ones they no longer give. A booked slot
 * is never removed; when the rules no longer give its time it is marked as outside the hours, a
 * conflict for the clinic to resolve with the patient.
 */
@ApplicationScoped
public class SlotPublisher {

  /** How far ahead consultation slots are published and bookable. */
  public static final int HORIZON_DAYS = 28;

  /**
   * The consultations of {@code clinic}: 45 minutes with the clinic's buffers and minimum notice,
   * bookable up to the horizon. They start on the hour while both buffers fit in the 15 minutes
   * between; larger buffers space the starts further apart, as neighbouring consultations are slots
   * of one grid rather than busy time to each other.
   */
  public static BookingPolicy consultationsAt(Clinic clinic) {
    Duration length = AppointmentType.CONSULTATION.duration();
    Duration withBuffers = length.plus(clinic.bufferBefore()).plus(clinic.bufferAfter());
    Duration hourly = Duration.ofHours(1);
    return new BookingPolicy(
        length,
        clinic.bufferBefore(),
        clinic.bufferAfter(),
        clinic.minimumNotice(),
        HORIZON_DAYS,
        withBuffers.compareTo(hourly) > 0 ? withBuffers : hourly);
  }

  @PersistenceContext private EntityManager em;

  @Inject private SlotCalculator calculator;

  @Inject private SlotChanges slotChanges;

  @Inject private ProviderTime providerTime;

  protected SlotPublisher() {}

  /** Outside a container, e.g. in persistence tests. */
  SlotPublisher(EntityManager em, SlotCalculator calculator, SlotChanges slotChanges) {
    this.em = em;
    this.calculator = calculator;
    this.slotChanges = slotChanges;
    this.providerTime = new ProviderTime(em, slotChanges);
  }

  /**
   * Publishes the consultation slots of one provider at one clinic from now to the horizon, as the
   * stored rules give them, and returns what changed.
   */
  public SlotPlan publish(Provider provider, Clinic clinic, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, clinic.zone());
    Availability stored = stored(provider, clinic, today, today.plusDays(HORIZON_DAYS));
    SlotPlan plan = plan(provider, clinic, stored.rules(), stored.overrides(), now);
    apply(provider, clinic, plan);
    return plan;
  }

  /**
   * The calendar's stored availability: its weekly hours, and its date overrides from {@code from}
   * to {@code to}.
   */
  public Availability stored(Provider provider, Clinic clinic, LocalDate from, LocalDate to) {
    return new Availability(
        em
            .createNamedQuery("WeeklyAvailability.of", WeeklyAvailability.class)
            .setParameter("provider", provider.getId())
            .setParameter("clinic", clinic.getId())
            .getResultList()
            .stream()
            .map(WeeklyAvailability::toRule)
            .toList(),
        AvailabilityOverride.byDate(
            em.createNamedQuery("AvailabilityOverride.of", AvailabilityOverride.class)
                .setParameter("provider", provider.getId())
                .setParameter("clinic", clinic.getId())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()));
  }

  /**
   * What publishing {@code rules} and {@code overrides} would change, without changing it. A
   * provider is one person ({@link ProviderTime}): their sessions, and their appointments and open
   * slots at other clinics, keep consultations off their time.
   */
  public SlotPlan plan(
      Provider provider,
      Clinic clinic,
      List<WeeklyRule> rules,
      List<DateOverride> overrides,
      Instant now) {
    List<PublishedSlot> existing =
        em.createNamedQuery("Slot.publishedFrom", PublishedSlot.class)
            .setParameter("provider", provider.getId())
            .setParameter("clinic", clinic.getId())
            .setParameter("type", AppointmentType.CONSULTATION)
            .setParameter("from", utc(now))
            .getResultList();
    List<Busy> busy =
        providerTime.busyOutsideCalendar(
            CalendarId.of(provider, clinic), now, now.plus(Duration.ofDays(HORIZON_DAYS + 2)));
    return SlotPlan.between(existing, slotsFor(provider, clinic, rules, overrides, busy, now), now);
  }

  /**
   * Carries out {@code plan} for the provider's calendar at the clinic ({@link
   * SlotChanges#publish}): a slot booked or held since the plan was made stays its patient's.
   */
  public void apply(Provider provider, Clinic clinic, SlotPlan plan) {
    slotChanges.publish(CalendarId.of(provider, clinic), plan);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /**
   * The consultation slots {@code rules} and {@code overrides} give from today to the horizon, one
   * per start with every mode the clinic offers then. Nothing is read or written.
   */
  public List<Slot> slotsFor(
      Provider provider,
      Clinic clinic,
      List<WeeklyRule> rules,
      List<DateOverride> overrides,
      Instant now) {
    return slotsFor(provider, clinic, rules, overrides, List.of(), now);
  }

  private List<Slot> slotsFor(
      Provider provider,
      Clinic clinic,
      List<WeeklyRule> rules,
      List<DateOverride> overrides,
      List<Busy> busy,
      Instant now) {
    LocalDate today = LocalDate.ofInstant(now, clinic.zone());
    Map<Instant, Set<AppointmentMode>> modesByStart = new LinkedHashMap<>();
    for (FreeSlot free :
        calculator.freeSlots(
            new OpeningHours(clinic.zone(), rules, overrides),
            consultationsAt(clinic).forPublishing(),
            busy,
            SlotQuery.between(today, today.plusDays(HORIZON_DAYS), now))) {
      if (clinic.isTelehealth() || free.mode() == AppointmentMode.IN_PERSON) {
        modesByStart
            .computeIfAbsent(free.start(), s -> EnumSet.noneOf(AppointmentMode.class))
            .add(free.mode());
      }
    }
    return modesByStart.entrySet().stream()
        .map(
            entry ->
                new Slot(
                    provider,
                    clinic,
                    AppointmentType.CONSULTATION,
                    entry.getKey(),
                    entry.getKey().plus(AppointmentType.CONSULTATION.duration()),
                    entry.getValue()))
        .toList();
  }
}
