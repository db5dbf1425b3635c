package care.lantern.referral.control;

import care.lantern.platform.entity.ResultPage;
import care.lantern.referral.entity.Recommendation;
import care.lantern.referral.entity.ScreeningRecommendation;
import care.lantern.screening.entity.TakenScreening;
import care.lantern.search.entity.ProviderSummary;
import care.lantern.search.entity.SearchCriteria;
import care.lantern.search.entity.SearchSort;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds, for each visit suggested after a screening, a few providers near the person who offer it,
 * accept their insurance and take new patients, earliest free consultation first.
 *
 * <p>The search starts within {@value #NEAR_MILES} miles and widens to {@value #WIDE_MILES} only
 * when nobody is that close: a longer trip beats no option. An urgent result also looks at
 * telehealth providers within {@value #WIDE_MILES} miles, even when someone is close, because a
 * video visit tomorrow helps more than an office visit next week; the earliest of all come first.
 */
public class NearbyProviders {

  public static final int PER_RECOMMENDATION = 3;
  static final int NEAR_MILES = 25;
  static final int WIDE_MILES = 100;

  private static final Comparator<ProviderSummary> SOONEST_FIRST =
      Comparator.comparing(
              (ProviderSummary provider) -> provider.nextAvailable().orElse(Instant.MAX))
          .thenComparingDouble(ProviderSummary::distanceMiles)
          .thenComparingLong(ProviderSummary::id);

  private final Function<SearchCriteria.Input, ResultPage<ProviderSummary>> directory;

  /**
   * @param directory the provider search, e.g. {@code ProviderDirectory::search}
   */
  public NearbyProviders(Function<SearchCriteria.Input, ResultPage<ProviderSummary>> directory) {
    this.directory = directory;
  }

  /** The recommendations with providers near the screening's ZIP; none without a ZIP. */
  public List<ScreeningRecommendation> forEach(
      List<Recommendation> recommendations, TakenScreening screening) {
    return recommendations.stream()
        .map(
            recommendation ->
                new ScreeningRecommendation(
                    recommendation.treatmentCode(),
                    recommendation.reason(),
                    screening
                        .nearZip()
                        .map(
                            zip ->
                                offering(
                                    recommendation.treatmentCode(),
                                    zip,
                                    screening.payerCode(),
                                    screening.outcome().urgent()))
                        .orElse(List.of())))
        .toList();
  }

  /** Up to {@value #PER_RECOMMENDATION} providers of {@code treatment} near {@code zip}. */
  public List<ProviderSummary> offering(
      String treatment, String zip, Optional<String> payer, boolean urgent) {
    List<ProviderSummary> nearby = search(treatment, zip, payer, NEAR_MILES, false);
    if (nearby.isEmpty()) {
      nearby = search(treatment, zip, payer, WIDE_MILES, false);
    }
    if (!urgent) {
      return nearby;
    }
    List<ProviderSummary> byVideo = search(treatment, zip, payer, WIDE_MILES, true);
    Map<Long, ProviderSummary> once = new LinkedHashMap<>();
    Stream.concat(nearby.stream(), byVideo.stream())
        .forEach(provider -> once.putIfAbsent(provider.id(), provider));
    return once.values().stream().sorted(SOONEST_FIRST).limit(PER_RECOMMENDATION).toList();
  }

  private List<ProviderSummary> search(
      String treatment, String zip, Optional<String> payer, int miles, boolean telehealthOnly) {
    return directory
        .apply(
            new SearchCriteria.Input(
                zip,
                miles,
                treatment,
                payer.orElse(null),
                telehealthOnly,
                null,
                true,
                SearchSort.SOONEST.name(),
                0,
                PER_RECOMMENDATION))
        .items();
  }
}
