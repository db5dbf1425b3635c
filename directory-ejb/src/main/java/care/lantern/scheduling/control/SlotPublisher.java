package care.lantern.scheduling.control;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.AvailabilityOverride;
import care.lantern.scheduling.entity.BookingPolicy;
import care.lantern.scheduling.entity.DateOverride;
import care.lantern.scheduling.entity.FreeSlot;
import care.lantern.scheduling.entity.Slot;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns availability rules into bookable consultation slots for the coming weeks. Publishing is
 * idempotent: a start that already has a slot keeps it (with its booking, if any).
 */
@ApplicationScoped
public class SlotPublisher {

  /** How far ahead consultation slots are published and bookable. */
  public static final int HORIZON_DAYS = 28;

  /** A consultation lasts 45 minutes and starts on the hour, leaving 15 minutes between. */
  static final BookingPolicy CONSULTATIONS =
      new BookingPolicy(
          AppointmentType.CONSULTATION.duration(),
          Duration.ZERO,
          Duration.ZERO,
          Duration.ZERO,
          HORIZON_DAYS,
          Duration.ofHours(1));

  @PersistenceContext private EntityManager em;

  @Inject private SlotCalculator calculator;

  @Inject private NextFreeSlots nextFree;

  protected SlotPublisher() {}

  /** Outside a container, e.g. in persistence tests. */
  SlotPublisher(EntityManager em, SlotCalculator calculator) {
    this.em = em;
    this.calculator = calculator;
    this.nextFree = new NextFreeSlots(em);
  }

  /** Publishes the consultation slots of one provider at one clinic from today to the horizon. */
  public int publish(Provider provider, Clinic clinic, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, clinic.zone());
    List<WeeklyRule> rules =
        em
            .createNamedQuery("WeeklyAvailability.of", WeeklyAvailability.class)
            .setParameter("provider", provider.getId())
            .setParameter("clinic", clinic.getId())
            .getResultList()
            .stream()
            .map(WeeklyAvailability::toRule)
            .toList();
    List<DateOverride> overrides =
        AvailabilityOverride.byDate(
            em.createNamedQuery("AvailabilityOverride.of", AvailabilityOverride.class)
                .setParameter("provider", provider.getId())
                .setParameter("clinic", clinic.getId())
                .setParameter("from", today)
                .setParameter("to", today.plusDays(HORIZON_DAYS))
                .getResultList());
    Set<Instant> existing = new HashSet<>();
    em.createNamedQuery("Slot.startsOf", OffsetDateTime.class)
        .setParameter("provider", provider.getId())
        .setParameter("clinic", clinic.getId())
        .setParameter("type", AppointmentType.CONSULTATION)
        .setParameter("from", now.atOffset(ZoneOffset.UTC))
        .getResultList()
        .forEach(start -> existing.add(start.toInstant()));
    List<Slot> fresh =
        slotsFor(provider, clinic, rules, overrides, now).stream()
            .filter(slot -> !existing.contains(slot.start()))
            .toList();
    fresh.forEach(em::persist);
    if (!fresh.isEmpty()) {
      em.flush();
      nextFree.refresh(provider.getId(), clinic.getId(), now);
    }
    return fresh.size();
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
    LocalDate today = LocalDate.ofInstant(now, clinic.zone());
    Map<Instant, Set<AppointmentMode>> modesByStart = new LinkedHashMap<>();
    for (FreeSlot free :
        calculator.freeSlots(
            clinic.zone(),
            rules,
            overrides,
            CONSULTATIONS,
            List.of(),
            today,
            today.plusDays(HORIZON_DAYS),
            now,
            Optional.empty())) {
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
