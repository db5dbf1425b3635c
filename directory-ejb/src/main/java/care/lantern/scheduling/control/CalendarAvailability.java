package care.lantern.scheduling.control;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.Availability;
import care.lantern.scheduling.entity.AvailabilityDraft;
import care.lantern.scheduling.entity.AvailabilityEffect;
import care.lantern.scheduling.entity.AvailabilityOverride;
import care.lantern.scheduling.entity.BookedConsultation;
import care.lantern.scheduling.entity.DateOverride;
import care.lantern.scheduling.entity.InvalidAvailabilityException;
import care.lantern.scheduling.entity.SlotPlan;
import care.lantern.scheduling.entity.TimeWindow;
import care.lantern.scheduling.entity.WeeklyAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One calendar's availability (a provider's hours at one clinic): reads it, shows what a change
 * would do to the free consultation slots and the booked ones, and stores it. Joins the caller's
 * transaction.
 */
@ApplicationScoped
public class CalendarAvailability {

  /** Date overrides further ahead than this are not read; none can be entered. */
  private static final int OVERRIDE_READ_YEARS = 100;

  @PersistenceContext private EntityManager em;

  @Inject private SlotPublisher publisher;

  protected CalendarAvailability() {}

  /** Outside a container, e.g. in persistence tests. */
  CalendarAvailability(EntityManager em, SlotPublisher publisher) {
    this.em = em;
    this.publisher = publisher;
  }

  /** The stored weekly hours, and the date overrides from {@code today} on. */
  public Availability current(Provider provider, Clinic clinic, LocalDate today) {
    return publisher.stored(provider, clinic, today, today.plusYears(OVERRIDE_READ_YEARS));
  }

  /**
   * Refuses {@code availability} (checked from {@code draft}) where it overlaps the provider's
   * hours at another of their clinics: a provider is one person ({@link ProviderTime}). Hours saved
   * at the same moment elsewhere are seen when the caller holds the provider's lock.
   *
   * @throws InvalidAvailabilityException naming each overlapping row, the other clinic and the time
   */
  public void requireClearOfOtherClinics(
      Provider provider,
      Clinic clinic,
      AvailabilityDraft draft,
      Availability availability,
      Instant now) {
    List<ProviderTime.OtherCalendar> others =
        provider.clinics().stream()
            .filter(other -> !other.getId().equals(clinic.getId()))
            .map(
                other ->
                    new ProviderTime.OtherCalendar(
                        other.getName(),
                        other.zone(),
                        current(provider, other, LocalDate.ofInstant(now, other.zone()))))
            .toList();
    List<FieldError> overlaps =
        ProviderTime.hoursOverlapping(
            draft, availability, clinic.zone(), others, LocalDate.ofInstant(now, clinic.zone()));
    if (!overlaps.isEmpty()) {
      throw new InvalidAvailabilityException(overlaps);
    }
  }

  /** What storing {@code availability} would do; nothing is changed. */
  public AvailabilityEffect preview(
      Provider provider, Clinic clinic, Availability availability, Instant now) {
    SlotPlan plan =
        publisher.plan(provider, clinic, availability.rules(), availability.overrides(), now);
    return new AvailabilityEffect(plan, conflicts(provider, clinic, plan, now));
  }

  /**
   * Replaces the weekly hours and the overrides from today on with {@code availability}, and
   * republishes the slots. The booked consultations it leaves outside the hours stay booked.
   */
  public AvailabilityEffect save(
      Provider provider, Clinic clinic, Availability availability, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, clinic.zone());
    em.createNamedQuery("WeeklyAvailability.deleteOf")
        .setParameter("provider", provider.getId())
        .setParameter("clinic", clinic.getId())
        .executeUpdate();
    em.createNamedQuery("AvailabilityOverride.deleteFrom")
        .setParameter("provider", provider.getId())
        .setParameter("clinic", clinic.getId())
        .setParameter("from", today)
        .executeUpdate();
    availability
        .rules()
        .forEach(rule -> em.persist(new WeeklyAvailability(provider, clinic, rule)));
    availability.overrides().forEach(override -> store(provider, clinic, override));
    em.flush();
    SlotPlan plan =
        publisher.plan(provider, clinic, availability.rules(), availability.overrides(), now);
    publisher.apply(provider, clinic, plan);
    return new AvailabilityEffect(plan, conflicts(provider, clinic, plan, now));
  }

  private void store(Provider provider, Clinic clinic, DateOverride override) {
    if (override.isClosed()) {
      em.persist(AvailabilityOverride.closed(provider, clinic, override.date()));
    }
    for (TimeWindow window : override.windows()) {
      em.persist(AvailabilityOverride.hours(provider, clinic, override.date(), window));
    }
  }

  /** The booked consultations from now on at a time or in a mode {@code plan} does not offer. */
  private List<BookedConsultation> conflicts(
      Provider provider, Clinic clinic, SlotPlan plan, Instant now) {
    return em
        .createNamedQuery("Appointment.bookedConsultationsOf", BookedConsultation.class)
        .setParameter("provider", provider.getId())
        .setParameter("clinic", clinic.getId())
        .setParameter("from", now.atOffset(ZoneOffset.UTC))
        .getResultList()
        .stream()
        .filter(booked -> !plan.offers(booked.start(), booked.mode()))
        .toList();
  }
}
