package care.lantern.demo.control;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.platform.control.DemoMode;
import care.lantern.platform.control.FactClaims;
import care.lantern.platform.entity.Choice;
import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.control.TreatmentSessions;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.BookingRequest;
import care.lantern.scheduling.entity.BookingSource;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.Confirmation;
import care.lantern.scheduling.entity.PatientDetails;
import care.lantern.scheduling.entity.SlotView;
import care.lantern.screening.boundary.ScreeningDesk;
import care.lantern.screening.entity.ScreeningRequest;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * In demo mode, invented patients' appointments at the two flagship clinics (New York, Chicago), so
 * that the portal's calendar has something to show and the access tests have records on both sides:
 * the next free consultations, booked through the patients' own booking, one of them with a shared
 * PHQ-9 that signalled a risk of self-harm; and at each flagship a TMS session that started a few
 * minutes before the server did, so that attendance can be recorded straight away. Created once:
 * the claim row collides when another module or cluster member starts at the same time.
 */
@Singleton
@Startup
@DependsOn("DemoClinicStaff")
public class DemoClinicAppointments {

  static final String FACT = "demo-clinic-appointments";

  private static final Logger LOG = Logger.getLogger(DemoClinicAppointments.class.getName());

  /** An invented patient; the e-mail domain is reserved for examples. */
  private record Patient(String first, String last, String born, String phone) {}

  private static final List<List<Patient>> PATIENTS =
      List.of(
          List.of(
              new Patient("Jordan", "Ellis", "1984-02-11", "(555) 010-4411"),
              new Patient("Priya", "Natarajan", "1991-07-30", "(555) 010-4412"),
              new Patient("Marcus", "Bell", "1969-12-03", "(555) 010-4413")),
          List.of(
              new Patient("Sam", "Okafor", "1978-05-19", "(555) 010-6611"),
              new Patient("Riley", "Chen", "1995-09-08", "(555) 010-6612"),
              new Patient("Dana", "Kowalski", "1988-03-22", "(555) 010-6613")));

  /** PHQ-9 answers with item 9 ("thoughts that you would be better off dead") above zero. */
  private static final List<Integer> URGENT_PHQ9 = List.of(2, 2, 2, 1, 2, 1, 1, 1, 1);

  @PersistenceContext private EntityManager em;

  @Inject private FactClaims facts;

  @Inject private AppointmentBook book;

  @Inject private ScreeningDesk screenings;

  @Inject private TreatmentSessions sessions;

  @Inject private Clock clock;

  @Inject private DemoMode demoMode;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void createOnce() {
    if (!demoMode.isOn()) {
      return;
    }
    List<Clinic> flagships = DemoDirectory.flagships(em, 2);
    if (flagships.size() < 2 || !claimed()) {
      return;
    }
    for (int i = 0; i < flagships.size(); i++) {
      Clinic clinic = flagships.get(i);
      try {
        fill(clinic, PATIENTS.get(i), i == 0);
      } catch (RuntimeException notBooked) {
        // Demo content must never stop the application from starting.
        LOG.warning(
            () ->
                "Demo clinic appointments incomplete: clinic="
                    + clinic.getId()
                    + " error="
                    + notBooked.getClass().getName());
      }
    }
    LOG.info("Demo clinic appointments booked");
  }

  private void fill(Clinic clinic, List<Patient> patients, boolean withUrgentScreening) {
    List<Long> providers =
        em.createNamedQuery("Provider.atClinic", Provider.class)
            .setParameter("clinic", clinic.getId())
            .getResultStream()
            .map(Provider::getId)
            .toList();
    LocalDate today = LocalDate.now(clock.withZone(clinic.zone()));
    List<SlotView> free =
        providers.stream()
            .flatMap(
                provider ->
                    book
                        .freeSlots(
                            provider,
                            Optional.of(today),
                            Optional.of(today.plusDays(7)),
                            Optional.empty(),
                            Optional.empty())
                        .stream()
                        .filter(slot -> slot.clinicId() == clinic.getId())
                        // One entry per mode: the first mode of each slot is enough.
                        .filter(distinctSlot())
                        .limit(2))
            .sorted(Comparator.comparing(SlotView::start))
            .toList();
    Appointment first = null;
    for (int i = 0; i < patients.size() && i < free.size(); i++) {
      boolean urgent = withUrgentScreening && i == 1;
      Confirmation booked = book.book(request(free.get(i), patients.get(i), clinic, urgent));
      if (first == null) {
        first =
            em.createNamedQuery("Appointment.byReference", Appointment.class)
                .setParameter("reference", booked.appointment().reference())
                .getSingleResult();
      }
    }
    if (first != null) {
      sessions.book(
          CalendarId.of(first.getProvider(), clinic),
          AppointmentType.TMS_SESSION,
          startedMinutesAgo(clinic),
          first);
    }
  }

  private static Predicate<SlotView> distinctSlot() {
    Set<Long> seen = new HashSet<>();
    return slot -> seen.add(slot.id());
  }

  /** A few minutes ago, but on today's clinic date. */
  private Instant startedMinutesAgo(Clinic clinic) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    Instant startOfDay =
        LocalDate.now(clock.withZone(clinic.zone())).atStartOfDay(clinic.zone()).toInstant();
    Instant wanted = now.minus(Duration.ofMinutes(5));
    return wanted.isBefore(startOfDay) ? startOfDay : wanted;
  }

  private BookingRequest request(SlotView slot, Patient patient, Clinic clinic, boolean urgent) {
    String screening =
        urgent
            ? screenings
                .keep(
                    screenings.score(
                        new ScreeningRequest("PHQ9", URGENT_PHQ9, null, null, null, null, null)))
                .id()
            : null;
    return BookingRequest.withoutHold(
        slot.id(),
        Choice.of(slot.mode()),
        new PatientDetails.Input(
            patient.first(),
            patient.last(),
            (patient.first() + "." + patient.last() + "@example.com").toLowerCase(),
            patient.phone(),
            patient.born(),
            clinic.getZip()),
        "SELF_PAY",
        urgent
            ? "Low mood for months; the screening asked me to book soon."
            : "Depression that has not improved with two antidepressants; interested in TMS.",
        Choice.of(urgent ? BookingSource.SCREENING : BookingSource.SEARCH),
        screening,
        true);
  }

  private boolean claimed() {
    try {
      return facts.claim(FACT, "flagship appointments", clock.instant());
    } catch (EJBException claimedByAnotherStart) {
      LOG.info("Demo clinic appointments are being booked by another module");
      return false;
    }
  }
}
