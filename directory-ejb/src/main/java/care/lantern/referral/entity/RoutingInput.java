package care.lantern.referral.entity;

import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.ScreeningOutcome;
import java.util.Objects;
import java.util.Optional;

/**
 * What routing knows about a person, from a screening they took or a referral a physician sent.
 *
 * @param screening the screening just scored, if routing follows one
 * @param phq9Score a PHQ-9 total (0-27) reported by a referring physician; takes precedence over a
 *     PHQ-9 screening when both are given, being the clinician's figure
 * @param priorAntidepressantTrials antidepressants tried without enough benefit; 0 when unknown
 * @param prefersNonMedication the person asked for treatment without medicines
 * @param urgent the referrer marked the referral urgent; an urgent screening counts too, see {@link
 *     #needsUrgentCare()}
 */
public record RoutingInput(
    Optional<ScreeningOutcome> screening,
    Optional<Integer> phq9Score,
    int priorAntidepressantTrials,
    boolean prefersNonMedication,
    boolean urgent) {

  private static final int PHQ9_MAX_SCORE = Instrument.PHQ9.maxScore();

  public RoutingInput {
    Objects.requireNonNull(screening, "screening");
    Objects.requireNonNull(phq9Score, "phq9Score");
    phq9Score.ifPresent(
        score -> {
          if (score < 0 || score > PHQ9_MAX_SCORE) {
            throw new IllegalArgumentException(
                "phq9Score " + score + " outside 0.." + PHQ9_MAX_SCORE);
          }
        });
    if (priorAntidepressantTrials < 0) {
      throw new IllegalArgumentException(
          "priorAntidepressantTrials " + priorAntidepressantTrials + " is negative");
    }
  }

  /** Routing after a screening a person took on their own. */
  public static RoutingInput afterScreening(
      ScreeningOutcome screening, int priorAntidepressantTrials, boolean prefersNonMedication) {
    return new RoutingInput(
        Optional.of(screening),
        Optional.empty(),
        priorAntidepressantTrials,
        prefersNonMedication,
        false);
  }

  /** The PHQ-9 score to route on: the referrer's, else a PHQ-9 screening's, else none. */
  public Optional<Integer> depressionScore() {
    return phq9Score.or(
        () ->
            screening
                .filter(outcome -> outcome.instrument() == Instrument.PHQ9)
                .map(ScreeningOutcome::score));
  }

  /** Urgent by the referrer's word or by the screening's safety flag. */
  public boolean needsUrgentCare() {
    return urgent || screening.map(ScreeningOutcome::urgent).orElse(false);
  }
}
