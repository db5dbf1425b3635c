package care.lantern.referral.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.platform.entity.ResultPage;
import care.lantern.referral.entity.Recommendation;
import care.lantern.referral.entity.ScreeningRecommendation;
import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.ScreeningOutcome;
import care.lantern.screening.entity.Severity;
import care.lantern.screening.entity.TakenScreening;
import care.lantern.search.entity.ProviderSummary;
import care.lantern.search.entity.SearchCriteria;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NearbyProvidersTest {

  private static final Instant MONDAY_9 = Instant.parse("2026-11-23T14:00:00Z");

  /** A directory that answers from a table keyed by radius and telehealth, and notes each ask. */
  private static final class FakeDirectory
      implements Function<SearchCriteria.Input, ResultPage<ProviderSummary>> {

    private final Map<String, List<ProviderSummary>> answers = new HashMap<>();
    private final List<SearchCriteria.Input> asked = new ArrayList<>();

    FakeDirectory answering(int miles, boolean telehealth, ProviderSummary... providers) {
      answers.put(key(miles, telehealth), List.of(providers));
      return this;
    }

    @Override
    public ResultPage<ProviderSummary> apply(SearchCriteria.Input input) {
      asked.add(input);
      List<ProviderSummary> items =
          answers.getOrDefault(key(input.radiusMiles(), input.telehealth()), List.of());
      return new ResultPage<>(items, items.size(), 0, input.size());
    }

    private static String key(int miles, boolean telehealth) {
      return miles + "/" + telehealth;
    }
  }

  private static ProviderSummary provider(long id, double miles, Instant nextAvailable) {
    return new ProviderSummary(
        id,
        "Provider " + id,
        "MD",
        new ClinicSummary(
            id * 10,
            "Clinic",
            "1 Main St",
            "New York",
            "NY",
            "10001",
            ZoneId.of("America/New_York"),
            Duration.ofHours(2)),
        miles,
        List.of("CONSULTATION"),
        List.of("AETNA"),
        List.of("en"),
        false,
        true,
        Optional.ofNullable(nextAvailable));
  }

  private static TakenScreening screening(String zip, boolean urgent) {
    Instrument phq9 = Instrument.PHQ9;
    return new TakenScreening(
        "5f0c4a52-53a4-4f4e-9d43-3c8b1d2e7a10",
        MONDAY_9,
        List.of(1, 1, 1, 1, 1, 1, 1, 1, urgent ? 1 : 0),
        null,
        zip,
        "AETNA",
        0,
        false,
        new ScreeningOutcome(
            phq9, phq9.version(), urgent ? 9 : 8, 27, Severity.MILD, false, urgent, List.of()));
  }

  @Test
  void asksForThreeProvidersOfTheTreatmentWhoTakeTheInsuranceAndNewPatientsSoonestFirst() {
    FakeDirectory directory = new FakeDirectory().answering(25, false, provider(1, 3, MONDAY_9));

    new NearbyProviders(directory).offering("TMS", "10001", Optional.of("AETNA"), false);

    SearchCriteria.Input asked = directory.asked.get(0);
    assertThat(asked.zip()).isEqualTo("10001");
    assertThat(asked.treatment()).isEqualTo("TMS");
    assertThat(asked.payer()).isEqualTo("AETNA");
    assertThat(asked.radiusMiles()).isEqualTo(25);
    assertThat(asked.sort()).isEqualTo("SOONEST");
    assertThat(asked.acceptingNewPatients()).isTrue();
    assertThat(asked.telehealth()).isFalse();
    assertThat(asked.size()).isEqualTo(3);
  }

  @Test
  void staysWithin25MilesWhenSomeoneIsThere() {
    FakeDirectory directory =
        new FakeDirectory()
            .answering(25, false, provider(1, 3, MONDAY_9))
            .answering(100, false, provider(2, 60, MONDAY_9));

    List<ProviderSummary> found =
        new NearbyProviders(directory).offering("TMS", "10001", Optional.empty(), false);

    assertThat(found).extracting(ProviderSummary::id).containsExactly(1L);
    assertThat(directory.asked).hasSize(1);
  }

  @Test
  void widensTo100MilesWhenNobodyIsWithin25() {
    FakeDirectory directory = new FakeDirectory().answering(100, false, provider(2, 60, MONDAY_9));

    List<ProviderSummary> found =
        new NearbyProviders(directory).offering("KETAMINE_IV", "10001", Optional.empty(), false);

    assertThat(found).extracting(ProviderSummary::id).containsExactly(2L);
    assertThat(directory.asked)
        .extracting(SearchCriteria.Input::radiusMiles)
        .containsExactly(25, 100);
  }

  @Test
  void findsNobodyWhenNobodyIsWithin100Miles() {
    FakeDirectory directory = new FakeDirectory();

    assertThat(new NearbyProviders(directory).offering("TMS", "59001", Optional.empty(), false))
        .isEmpty();
    assertThat(directory.asked).hasSize(2);
  }

  @Test
  void urgentResultAddsTelehealthWithin100MilesAndPutsTheEarliestFirst() {
    Instant tomorrow = MONDAY_9.plusSeconds(86_400);
    Instant nextWeek = MONDAY_9.plusSeconds(7 * 86_400);
    FakeDirectory directory =
        new FakeDirectory()
            .answering(25, false, provider(1, 2, nextWeek), provider(2, 5, null))
            .answering(100, true, provider(3, 80, tomorrow), provider(1, 2, nextWeek));

    List<ProviderSummary> found =
        new NearbyProviders(directory).offering("CONSULTATION", "10001", Optional.empty(), true);

    assertThat(found).extracting(ProviderSummary::id).containsExactly(3L, 1L, 2L);
    assertThat(directory.asked)
        .extracting(SearchCriteria.Input::telehealth)
        .containsExactly(false, true);
  }

  @Test
  void urgentResultKeepsAtMostThreeProviders() {
    FakeDirectory directory =
        new FakeDirectory()
            .answering(
                25, false, provider(1, 1, MONDAY_9), provider(2, 2, MONDAY_9), provider(3, 3, null))
            .answering(100, true, provider(4, 40, MONDAY_9.plusSeconds(60)));

    List<ProviderSummary> found =
        new NearbyProviders(directory).offering("CONSULTATION", "10001", Optional.empty(), true);

    assertThat(found).extracting(ProviderSummary::id).containsExactly(1L, 2L, 4L);
  }

  @Test
  void eachRecommendationGetsItsOwnProvidersNearTheScreeningsZip() {
    FakeDirectory directory = new FakeDirectory().answering(25, false, provider(1, 3, MONDAY_9));
    List<Recommendation> recommendations =
        List.of(
            new Recommendation("TMS", "Why TMS"),
            new Recommendation("CONSULTATION", "Why a consultation"));

    List<ScreeningRecommendation> routed =
        new NearbyProviders(directory).forEach(recommendations, screening("10001", false));

    assertThat(routed)
        .extracting(ScreeningRecommendation::treatment)
        .containsExactly("TMS", "CONSULTATION");
    assertThat(routed)
        .extracting(ScreeningRecommendation::reason)
        .containsExactly("Why TMS", "Why a consultation");
    assertThat(routed).allSatisfy(r -> assertThat(r.providers()).hasSize(1));
    assertThat(directory.asked)
        .extracting(SearchCriteria.Input::treatment)
        .containsExactly("TMS", "CONSULTATION");
    assertThat(directory.asked).extracting(SearchCriteria.Input::payer).containsOnly("AETNA");
  }

  @Test
  void withoutAZipNoProviderIsLookedUp() {
    FakeDirectory directory = new FakeDirectory();

    List<ScreeningRecommendation> routed =
        new NearbyProviders(directory)
            .forEach(List.of(new Recommendation("CONSULTATION", "Why")), screening(null, true));

    assertThat(routed).singleElement().satisfies(r -> assertThat(r.providers()).isEmpty());
    assertThat(directory.asked).isEmpty();
  }
}
