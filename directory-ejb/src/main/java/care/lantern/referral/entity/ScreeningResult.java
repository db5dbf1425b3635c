package care.lantern.referral.entity;

import care.lantern.screening.entity.CrisisResource;
import care.lantern.screening.entity.ScreeningOutcome;
import java.util.List;
import java.util.Objects;

/**
 * What a person sees after a screening.
 *
 * @param id the screening's random id: how the result page, and a booking that shares the
 *     screening, find it again while it is kept (two hours)
 * @param outcome score, severity, safety flag and notes
 * @param crisisResources where to get help now, 988 first; present whenever the outcome is urgent
 *     and empty otherwise
 * @param recommendations the suggested visits, most important first; at least a consultation
 */
public record ScreeningResult(
    String id,
    ScreeningOutcome outcome,
    List<CrisisResource> crisisResources,
    List<ScreeningRecommendation> recommendations) {

  public ScreeningResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
    crisisResources = List.copyOf(crisisResources);
    recommendations = List.copyOf(recommendations);
    if (outcome.urgent() && crisisResources.isEmpty()) {
      throw new IllegalArgumentException("an urgent result must carry crisis resources");
    }
  }
}
