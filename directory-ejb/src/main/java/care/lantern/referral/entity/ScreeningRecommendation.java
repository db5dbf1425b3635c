package care.lantern.referral.entity;

import care.lantern.search.entity.ProviderSummary;
import java.util.List;
import java.util.Objects;

/**
 * A visit suggested after a screening, with why, and the nearby providers who offer it.
 *
 * @param treatment a treatment code of the directory, e.g. {@code CONSULTATION}
 * @param reason why it is suggested, in words the person can read; never a diagnosis
 * @param providers up to three providers, earliest free consultation first; empty when no ZIP was
 *     given or nobody within reach offers it
 */
public record ScreeningRecommendation(
    String treatment, String reason, List<ProviderSummary> providers) {

  public ScreeningRecommendation {
    Objects.requireNonNull(treatment, "treatment");
    Objects.requireNonNull(reason, "reason");
    providers = List.copyOf(providers);
  }
}
