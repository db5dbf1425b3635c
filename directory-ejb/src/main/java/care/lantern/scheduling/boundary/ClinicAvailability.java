package care.lantern.scheduling.boundary;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.ClinicSummary;
import care.lantern.directory.entity.Provider;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.scheduling.control.CalendarAvailability;
import care.lantern.scheduling.control.ProviderTime;
import care.lantern.scheduling.entity.Availability;
import care.lantern.scheduling.entity.AvailabilityDraft;
import care.lantern.scheduling.entity.AvailabilityEffect;
import care.lantern.scheduling.entity.BookedConsultation;
import care.lantern.scheduling.entity.CalendarHours;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.DateOverride;
import care.lantern.scheduling.entity.ProviderChoice;
import care.lantern.staff.boundary.AuditTrail;
import care.lantern.staff.boundary.StaffScope;
import care.lantern.staff.entity.AuditAction;
import care.lantern.staff.entity.StaffIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The portal's availability page: a provider's weekly hours and date overrides at one of the
 * caller's clinics, what a change would do to free consultation slots and booked appointments, and
 * saving it. A change never cancels a booking: appointments it leaves outside the hours stay booked
 * and are listed for staff to move or cancel with the patient.
 */
@Stateless
public class ClinicAvailability {

  /** The audit trail's subject column. */
  private static final int SUBJECT_LENGTH = 120;

  @PersistenceContext private EntityManager em;

  @Inject private StaffScope scope;

  @Inject private AuditTrail audit;

  @Inject private CalendarAvailability availability;

  @Inject private ProviderTime providerTime;

  @Inject private Clock clock;

  /** The providers who practise at the clinic, by name. */
  public List<ProviderChoice> providers(long clinicId) {
    scope.requireClinic(clinic(clinicId).getId());
    return em.createNamedQuery("Provider.atClinic", Provider.class)
        .setParameter("clinic", clinicId)
        .getResultStream()
        .map(provider -> new ProviderChoice(provider.getId(), provider.getName()))
        .toList();
  }

  /** The provider's stored hours at the clinic and the appointments already outside them. */
  public CalendarHours hours(CalendarId calendar) {
    Clinic clinic = clinic(calendar.clinicId());
    StaffIdentity staff = scope.requireClinic(clinic.getId());
    Provider provider = providerAt(clinic, calendar.providerId());
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clinic.zone());
    Availability stored = availability.current(provider, clinic, today);
    AvailabilityEffect effect = availability.preview(provider, clinic, stored, now);
    auditConflictsShown(staff, clinic, provider, effect.conflicts());
    return new CalendarHours(
        ClinicSummary.of(clinic),
        new ProviderChoice(provider.getId(), provider.getName()),
        clinic.isTelehealth(),
        stored,
        effect.conflicts(),
        today);
  }

  /**
   * What saving {@code draft} would do; nothing is changed.
   *
   * @throws care.lantern.scheduling.entity.InvalidAvailabilityException naming each row to correct
   */
  public AvailabilityEffect preview(CalendarId calendar, AvailabilityDraft draft) {
    Clinic clinic = clinic(calendar.clinicId());
    StaffIdentity staff = scope.requireClinic(clinic.getId());
    Provider provider = providerAt(clinic, calendar.providerId());
    Instant now = clock.instant();
    Availability changed = validated(draft, clinic, now);
    availability.requireClearOfOtherClinics(provider, clinic, draft, changed, now);
    AvailabilityEffect effect = availability.preview(provider, clinic, changed, now);
    auditConflictsShown(staff, clinic, provider, effect.conflicts());
    return effect;
  }

  /**
   * Stores {@code draft} and republishes the provider's slots in one transaction, and returns what
   * changed, with the booked appointments now outside the hours.
   *
   * @throws care.lantern.scheduling.entity.InvalidAvailabilityException naming each row to correct
   */
  public AvailabilityEffect save(CalendarId calendar, AvailabilityDraft draft) {
    // The clinic's row, then the provider's, as treatment sessions lock them: a session booked at
    // the same moment waits for the new hours, and the new hours see the session, as they see the
    // provider's hours saved at the same moment at another clinic.
    Clinic clinic = clinic(calendar.clinicId());
    StaffIdentity staff = scope.requireClinic(clinic.getId());
    em.lock(clinic, LockModeType.PESSIMISTIC_WRITE);
    Provider provider = providerAt(clinic, calendar.providerId());
    providerTime.lock(provider.getId());
    Instant now = clock.instant();
    Availability changed = validated(draft, clinic, now);
    availability.requireClearOfOtherClinics(provider, clinic, draft, changed, now);
    Availability before =
        availability.current(provider, clinic, LocalDate.ofInstant(now, clinic.zone()));
    AvailabilityEffect effect = availability.save(provider, clinic, changed, now);
    auditChanges(staff, clinic, provider, before, changed);
    auditConflictsShown(staff, clinic, provider, effect.conflicts());
    return effect;
  }

  private Clinic clinic(long clinicId) {
    Clinic clinic = em.find(Clinic.class, clinicId);
    if (clinic == null) {
      throw new NotFoundException("Clinic");
    }
    return clinic;
  }

  /** The provider, if they practise at {@code clinic}; otherwise "not found". */
  private Provider providerAt(Clinic clinic, long providerId) {
    Provider provider = em.find(Provider.class, providerId);
    if (provider == null || !provider.practisesAt(clinic)) {
      throw new NotFoundException("Provider");
    }
    return provider;
  }

  private static Availability validated(AvailabilityDraft draft, Clinic clinic, Instant now) {
    return Availability.validated(
        draft, LocalDate.ofInstant(now, clinic.zone()), clinic.isTelehealth());
  }

  /** One line for new weekly hours, one per date whose override was added, changed or removed. */
  private void auditChanges(
      StaffIdentity staff,
      Clinic clinic,
      Provider provider,
      Availability before,
      Availability after) {
    String calendar = "provider " + provider.getId();
    if (!before.sameRulesAs(after)) {
      audit.record(
          staff, clinic.getId(), AuditAction.CHANGE_AVAILABILITY, calendar + " weekly rules");
    }
    Map<LocalDate, DateOverride> old = before.overridesByDate();
    Map<LocalDate, DateOverride> fresh = after.overridesByDate();
    TreeSet<LocalDate> dates = new TreeSet<>(old.keySet());
    dates.addAll(fresh.keySet());
    for (LocalDate date : dates) {
      DateOverride was = old.get(date);
      DateOverride now = fresh.get(date);
      if (!Objects.equals(was, now)) {
        String what = now == null ? "override removed" : now.isClosed() ? "closed" : "hours";
        audit.record(
            staff,
            clinic.getId(),
            AuditAction.CHANGE_AVAILABILITY,
            calendar + " " + date + " " + what);
      }
    }
  }

  /** Conflicts name patients: showing them to staff is a view of patient data. */
  private void auditConflictsShown(
      StaffIdentity staff, Clinic clinic, Provider provider, List<BookedConsultation> conflicts) {
    if (conflicts.isEmpty()) {
      return;
    }
    String references =
        conflicts.stream().map(BookedConsultation::reference).collect(Collectors.joining(" "));
    String subject = "provider " + provider.getId() + ": " + references;
    audit.record(
        staff,
        clinic.getId(),
        AuditAction.VIEW_AVAILABILITY_CONFLICTS,
        subject.length() <= SUBJECT_LENGTH
            ? subject
            : subject.substring(0, SUBJECT_LENGTH - 1) + "…");
  }
}
