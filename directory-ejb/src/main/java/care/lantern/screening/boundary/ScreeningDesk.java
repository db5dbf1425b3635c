package care.lantern.screening.boundary;

import care.lantern.directory.boundary.ReferenceData;
import care.lantern.directory.entity.Payer;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.screening.control.CrisisResources;
import care.lantern.screening.control.RecentScreenings;
import care.lantern.screening.control.ScreeningIntake;
import care.lantern.screening.control.ScreeningScorer;
import care.lantern.screening.control.ScreeningTally;
import care.lantern.screening.entity.CrisisResource;
import care.lantern.screening.entity.ScreeningOutcome;
import care.lantern.screening.entity.ScreeningRecord;
import care.lantern.screening.entity.ScreeningRequest;
import care.lantern.screening.entity.TakenScreening;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Free, anonymous screenings: scores the answers and keeps them for a while; says which crisis
 * resources come first when an answer signals risk. What to book next is routing's concern ({@link
 * care.lantern.referral.boundary.ScreeningFollowUp}).
 *
 * <p>Anonymous by default: the answers are kept for two hours in memory ({@link RecentScreenings})
 * and stored only when the person shares the screening with the clinic of an appointment they book
 * ({@link #attachToAppointment}). The database otherwise gets one more in a daily count per
 * instrument and severity.
 */
@Stateless
public class ScreeningDesk {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private ReferenceData referenceData;

  @Inject private ScreeningTally tally;

  @Inject private RecentScreenings recent;

  private final ScreeningScorer scorer = new ScreeningScorer();
  private final CrisisResources crisisResources = new CrisisResources();

  /**
   * Scores a screening; nothing is kept or counted until {@link #keep}.
   *
   * @throws care.lantern.screening.entity.InvalidScreeningException when a field cannot be used
   */
  public TakenScreening score(ScreeningRequest request) {
    return new ScreeningIntake(scorer, payerCodes())
        .take(UUID.randomUUID().toString(), request, clock.instant());
  }

  /** Counts a scored screening in the day's tally and keeps its answers for two hours. */
  public TakenScreening keep(TakenScreening screening) {
    count(screening.outcome());
    recent.keep(screening);
    return screening;
  }

  /** A screening taken in the last two hours; empty once it has expired. */
  public Optional<TakenScreening> find(String id) {
    return recent.find(id);
  }

  /** The outcome of a screening taken in the last two hours; empty once it has expired. */
  public Optional<ScreeningOutcome> recall(String id) {
    return recent.find(id).map(TakenScreening::outcome);
  }

  /** Where to get help now, 988 first, when {@code outcome} is urgent; empty otherwise. */
  public List<CrisisResource> crisisResourcesFor(ScreeningOutcome outcome) {
    return outcome.urgent() ? crisisResources.all() : List.of();
  }

  /**
   * Shares a recent screening with the clinic of an appointment: stores its answers and result with
   * the appointment. Called by the booking when the patient consents.
   *
   * @throws NotFoundException when no screening with this id was taken in the last two hours
   */
  public void attachToAppointment(String screeningId, long appointmentId) {
    TakenScreening screening =
        recent.find(screeningId).orElseThrow(() -> new NotFoundException("Screening"));
    Optional.ofNullable(em.find(ScreeningRecord.class, screening.id()))
        .ifPresentOrElse(
            shared -> shared.attachTo(appointmentId),
            () -> em.persist(ScreeningRecord.of(screening, appointmentId)));
  }

  private void count(ScreeningOutcome outcome) {
    LocalDate today = LocalDate.now(clock);
    try {
      tally.count(outcome.instrument(), outcome.severity(), today);
    } catch (PersistenceException | TransactionalException raced) {
      // The day's first two screenings of a kind both found no row and both inserted one; the
      // other insert won, so the row exists now and counting again updates it.
      tally.count(outcome.instrument(), outcome.severity(), today);
    }
  }

  private Set<String> payerCodes() {
    return referenceData.payers().stream().map(Payer::getCode).collect(Collectors.toSet());
  }
}
