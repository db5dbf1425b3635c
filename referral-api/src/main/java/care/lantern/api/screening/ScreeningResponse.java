package care.lantern.api.screening;

import care.lantern.referral.entity.ScreeningResult;
import care.lantern.screening.entity.ScreeningOutcome;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * A screening's result. {@code crisisResources} lists the 988 Suicide &amp; Crisis Lifeline first
 * whenever {@code urgent} is true, and is empty otherwise; {@code recommendations} always holds at
 * least a consultation.
 */
@JsonbPropertyOrder({
  "id",
  "instrument",
  "instrumentVersion",
  "score",
  "maxScore",
  "severity",
  "positive",
  "urgent",
  "crisisResources",
  "recommendations",
  "notes",
  "disclaimer"
})
public record ScreeningResponse(
    String id,
    String instrument,
    String instrumentVersion,
    int score,
    int maxScore,
    String severity,
    boolean positive,
    boolean urgent,
    List<CrisisResourceResponse> crisisResources,
    List<RecommendationResponse> recommendations,
    List<String> notes,
    String disclaimer) {

  static final String DISCLAIMER = "This is a screening, not a diagnosis.";

  static ScreeningResponse from(ScreeningResult result) {
    ScreeningOutcome outcome = result.outcome();
    return new ScreeningResponse(
        result.id(),
        outcome.instrument().name(),
        outcome.instrumentVersion(),
        outcome.score(),
        outcome.maxScore(),
        outcome.severity().name(),
        outcome.positive(),
        outcome.urgent(),
        result.crisisResources().stream().map(CrisisResourceResponse::from).toList(),
        result.recommendations().stream().map(RecommendationResponse::from).toList(),
        outcome.notes(),
        DISCLAIMER);
  }
}
