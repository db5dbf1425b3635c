package care.lantern.referral.boundary;

import care.lantern.referral.control.NearbyProviders;
import care.lantern.referral.control.RoutingRules;
import care.lantern.referral.entity.RoutingInput;
import care.lantern.referral.entity.ScreeningResult;
import care.lantern.screening.boundary.ScreeningDesk;
import care.lantern.screening.entity.ScreeningOutcome;
import care.lantern.screening.entity.ScreeningRequest;
import care.lantern.screening.entity.TakenScreening;
import care.lantern.search.boundary.ProviderDirectory;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Routes a screening into consultations: crisis resources first when it is urgent, then the
 * suggested visits, each with up to three providers near the given ZIP and their next free times.
 */
@Stateless
public class ScreeningFollowUp {

  @Inject private ScreeningDesk screenings;

  @Inject private ProviderDirectory directory;

  private final RoutingRules routing = new RoutingRules();

  /**
   * Scores a screening and routes it; a screening is kept only once it could be routed (a ZIP code
   * that is not known keeps nothing).
   *
   * <p>Runs in no transaction: one here would hold the search's database connection while counting
   * the screening takes another (the tally counts in a transaction of its own), and as many
   * concurrent screenings as the pool has connections would then wait for each other.
   *
   * @throws care.lantern.screening.entity.InvalidScreeningException when a field cannot be used
   * @throws care.lantern.search.entity.InvalidSearchException when the ZIP code is unknown
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ScreeningResult take(ScreeningRequest request) {
    TakenScreening screening = screenings.score(request);
    ScreeningResult result = resultOf(screening);
    screenings.keep(screening);
    return result;
  }

  /**
   * The result of a screening taken in the last two hours, as {@link #take} answered it, with the
   * providers' availability as it is now; empty once it has expired.
   */
  public Optional<ScreeningResult> findResult(String id) {
    return screenings.find(id).map(this::resultOf);
  }

  private ScreeningResult resultOf(TakenScreening screening) {
    ScreeningOutcome outcome = screening.outcome();
    var recommendations =
        routing.recommend(
            RoutingInput.afterScreening(
                outcome, screening.priorAntidepressantTrials(), screening.prefersNonMedication()));
    return new ScreeningResult(
        screening.id(),
        outcome,
        screenings.crisisResourcesFor(outcome),
        new NearbyProviders(directory::search).forEach(recommendations, screening));
  }
}
