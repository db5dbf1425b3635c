package care.lantern.referral.control;

import static care.lantern.referral.control.RoutingRules.CONSULTATION;
import static care.lantern.referral.control.RoutingRules.KETAMINE_IV;
import static care.lantern.referral.control.RoutingRules.SPRAVATO;
import static care.lantern.referral.control.RoutingRules.TMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.referral.entity.Recommendation;
import care.lantern.referral.entity.RoutingInput;
import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.ScreeningOutcome;
import care.lantern.screening.entity.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RoutingRulesTest {

  private final RoutingRules rules = new RoutingRules();

  private static RoutingInput referral(
      Integer phq9Score, int trials, boolean prefersNonMedication, boolean urgent) {
    return new RoutingInput(
        Optional.empty(), Optional.ofNullable(phq9Score), trials, prefersNonMedication, urgent);
  }

  private static ScreeningOutcome screening(
      Instrument instrument, int score, Severity severity, boolean urgent) {
    return new ScreeningOutcome(
        instrument,
        instrument.version(),
        score,
        instrument.maxScore(),
        severity,
        score >= 10,
        urgent,
        List.of("A screening is not a diagnosis."));
  }

  private static List<String> treatments(List<Recommendation> recommendations) {
    return recommendations.stream().map(Recommendation::treatmentCode).toList();
  }

  @ParameterizedTest(name = "PHQ-9 {0} after {1} trials")
  @CsvSource({"10, 2", "14, 3", "27, 6"})
  void moderateDepressionAfterTwoTrialsSuggestsTmsThenSpravatoThenKetamineThenConsultation(
      int phq9Score, int trials) {
    RoutingInput input = referral(phq9Score, trials, false, false);

    List<Recommendation> recommendations = rules.recommend(input);

    assertThat(treatments(recommendations))
        .containsExactly(TMS, SPRAVATO, KETAMINE_IV, CONSULTATION);
  }

  @Test
  void treatmentResistantPatternExplainsTmsAsTreatmentWithoutMedicine() {
    RoutingInput input = referral(16, 2, false, false);

    List<Recommendation> recommendations = rules.recommend(input);

    assertThat(recommendations.get(0).reason())
        .contains("two or more antidepressants")
        .contains("without medicine");
  }

  @Test
  void preferenceForNoMedicationLeavesOnlyTmsAndConsultation() {
    RoutingInput input = referral(18, 3, true, false);

    List<Recommendation> recommendations = rules.recommend(input);

    assertThat(treatments(recommendations)).containsExactly(TMS, CONSULTATION);
    assertThat(recommendations.get(0).reason()).startsWith("You would rather not take medication.");
  }

  @ParameterizedTest(name = "PHQ-9 {0} after {1} trials, no medication {2}")
  @CsvSource({
    "9, 5, false",
    "4, 2, false",
    "20, 1, false",
    "12, 0, false",
    "9, 4, true",
    "22, 1, true"
  })
  void mildDepressionOrFewerThanTwoTrialsSuggestsConsultationOnly(
      int phq9Score, int trials, boolean prefersNonMedication) {
    RoutingInput input = referral(phq9Score, trials, prefersNonMedication, false);

    List<Recommendation> recommendations = rules.recommend(input);

    assertThat(treatments(recommendations)).containsExactly(CONSULTATION);
    assertThat(recommendations.get(0).reason()).contains("psychiatric evaluation");
  }

  @ParameterizedTest
  @EnumSource(
      value = Instrument.class,
      names = {"GAD7", "PCPTSD5"})
  void anxietyOrPtsdScreeningsSuggestConsultationOnlyWhateverTheTrials(Instrument instrument) {
    ScreeningOutcome outcome = screening(instrument, instrument.maxScore(), Severity.SEVERE, false);
    RoutingInput input = RoutingInput.afterScreening(outcome, 4, false);

    List<Recommendation> recommendations = rules.recommend(input);

    assertThat(treatments(recommendations)).containsExactly(CONSULTATION);
  }

  @Test
  void nothingKnownSuggestsConsultationOnly() {
    RoutingInput input = referral(null, 0, false, false);

    List<Recommendation> recommendations = rules.recommend(input);

    assertThat(treatments(recommendations)).containsExactly(CONSULTATION);
  }

  @Test
  void phq9ScreeningScoreRoutesLikeAReferrersScore() {
    ScreeningOutcome outcome = screening(Instrument.PHQ9, 15, Severity.MODERATELY_SEVERE, false);
    RoutingInput input = RoutingInput.afterScreening(outcome, 2, false);

    List<Recommendation> recommendations = rules.recommend(input);

    assertThat(treatments(recommendations))
        .containsExactly(TMS, SPRAVATO, KETAMINE_IV, CONSULTATION);
  }

  @Test
  void referrersPhq9ScoreTakesPrecedenceOverTheScreenings() {
    ScreeningOutcome outcome = screening(Instrument.PHQ9, 21, Severity.SEVERE, false);
    RoutingInput input = new RoutingInput(Optional.of(outcome), Optional.of(6), 3, false, false);

    List<Recommendation> recommendations = rules.recommend(input);

    assertThat(input.depressionScore()).contains(6);
    assertThat(treatments(recommendations)).containsExactly(CONSULTATION);
  }

  @Test
  void urgentReferralPutsTheEarliestConsultationFirstTelehealthIncluded() {
    RoutingInput input = referral(8, 0, false, true);

    List<Recommendation> recommendations = rules.recommend(input);

    assertThat(treatments(recommendations)).containsExactly(CONSULTATION);
    assertThat(recommendations.get(0).reason())
        .contains("earliest available visit")
        .contains("telehealth")
        .contains("988");
  }

  @Test
  void urgentScreeningIsRoutedAsUrgentWithoutTheReferrersFlag() {
    ScreeningOutcome outcome = screening(Instrument.PHQ9, 1, Severity.MINIMAL, true);
    RoutingInput input = RoutingInput.afterScreening(outcome, 0, false);

    List<Recommendation> recommendations = rules.recommend(input);

    assertThat(input.needsUrgentCare()).isTrue();
    assertThat(recommendations)
        .singleElement()
        .satisfies(
            recommendation -> {
              assertThat(recommendation.treatmentCode()).isEqualTo(CONSULTATION);
              assertThat(recommendation.reason()).contains("earliest available visit");
            });
  }

  @Test
  void urgentTreatmentResistantPatternPutsOneUrgentConsultationBeforeTheTreatments() {
    RoutingInput input = referral(23, 3, false, true);

    List<Recommendation> recommendations = rules.recommend(input);

    assertThat(treatments(recommendations))
        .containsExactly(CONSULTATION, TMS, SPRAVATO, KETAMINE_IV);
    assertThat(recommendations.get(0).reason()).contains("earliest available visit");
  }

  @Test
  void everyRecommendationHasAReasonAndAContractTreatmentCode() {
    List<RoutingInput> inputs =
        List.of(
            referral(25, 4, false, true),
            referral(25, 4, true, false),
            referral(3, 0, false, false));

    List<Recommendation> recommendations =
        inputs.stream().flatMap(input -> rules.recommend(input).stream()).toList();

    assertThat(recommendations)
        .allSatisfy(
            recommendation -> {
              assertThat(recommendation.treatmentCode())
                  .isIn(CONSULTATION, TMS, SPRAVATO, KETAMINE_IV);
              assertThat(recommendation.reason()).isNotBlank();
            });
  }

  @Test
  void routingInputRejectsAPhq9ScoreOutsideZeroToTwentySeven() {
    assertThatThrownBy(() -> referral(28, 0, false, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phq9Score 28");
  }

  @Test
  void routingInputRejectsANegativeNumberOfTrials() {
    assertThatThrownBy(() -> referral(12, -1, false, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("priorAntidepressantTrials -1");
  }
}
