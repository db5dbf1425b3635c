package care.lantern.api.screening;

import care.lantern.api.directory.ProviderItemResponse;
import care.lantern.referral.entity.ScreeningRecommendation;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A suggested visit, why, and up to three providers near the given ZIP, soonest first. */
@JsonbPropertyOrder({"treatment", "reason", "providers"})
public record RecommendationResponse(
    String treatment, String reason, List<ProviderItemResponse> providers) {

  static RecommendationResponse from(ScreeningRecommendation recommendation) {
    return new RecommendationResponse(
        recommendation.treatment(),
        recommendation.reason(),
        recommendation.providers().stream().map(ProviderItemResponse::from).toList());
  }
}
