package care.lantern.screening.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.platform.entity.FieldError;
import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.InvalidScreeningException;
import care.lantern.screening.entity.ScreeningRequest;
import care.lantern.screening.entity.Severity;
import care.lantern.screening.entity.TakenScreening;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreeningIntakeTest {

  private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");
  private static final String ID = "5f0c4a52-53a4-4f4e-9d43-3c8b1d2e7a10";

  private final ScreeningIntake intake =
      new ScreeningIntake(new ScreeningScorer(), Set.of("AETNA", "SELF_PAY"));

  private static ScreeningRequest phq9(List<Integer> answers, String zip, String payer) {
    return new ScreeningRequest("PHQ9", answers, zip, payer, null, null, null);
  }

  private static List<String> fields(Throwable thrown) {
    return ((InvalidScreeningException) thrown).errors().stream().map(FieldError::field).toList();
  }

  @Test
  void scoresAValidScreeningAndKeepsWhatThePersonEntered() {
    ScreeningRequest request =
        new ScreeningRequest(
            "PHQ9", List.of(2, 2, 2, 2, 1, 1, 1, 1, 0), " 10001 ", "aetna", 2, true, null);

    TakenScreening taken = intake.take(ID, request, NOW);

    assertThat(taken.id()).isEqualTo(ID);
    assertThat(taken.takenAt()).isEqualTo(NOW);
    assertThat(taken.outcome().score()).isEqualTo(12);
    assertThat(taken.outcome().severity()).isEqualTo(Severity.MODERATE);
    assertThat(taken.nearZip()).contains("10001");
    assertThat(taken.payerCode()).contains("AETNA");
    assertThat(taken.priorAntidepressantTrials()).isEqualTo(2);
    assertThat(taken.prefersNonMedication()).isTrue();
    assertThat(taken.traumaExposure()).isNull();
  }

  @Test
  void leavesZipPayerAndTrialsOutWhenNotGiven() {
    TakenScreening taken = intake.take(ID, phq9(Collections.nCopies(9, 0), " ", null), NOW);

    assertThat(taken.nearZip()).isEmpty();
    assertThat(taken.payerCode()).isEmpty();
    assertThat(taken.priorAntidepressantTrials()).isZero();
    assertThat(taken.prefersNonMedication()).isFalse();
  }

  @Test
  void acceptsTheInstrumentCodeInAnyCase() {
    ScreeningRequest request =
        new ScreeningRequest("gad7", Collections.nCopies(7, 1), null, null, null, null, null);

    assertThat(intake.take(ID, request, NOW).instrument()).isEqualTo(Instrument.GAD7);
  }

  @Test
  void rejectsAnUnknownInstrumentNamingTheField() {
    ScreeningRequest request =
        new ScreeningRequest("BDI2", List.of(1, 2), null, null, null, null, null);

    assertThatThrownBy(() -> intake.take(ID, request, NOW))
        .isInstanceOf(InvalidScreeningException.class)
        .satisfies(thrown -> assertThat(fields(thrown)).containsExactly("instrument"));
  }

  @Test
  void namesEveryProblemAtOnce() {
    ScreeningRequest request =
        new ScreeningRequest(
            "PHQ9", List.of(0, 0, 0, 0, 0, 0, 0, 0, 4), "1000", "ACME", 99, false, null);

    assertThatThrownBy(() -> intake.take(ID, request, NOW))
        .satisfies(
            thrown ->
                assertThat(fields(thrown))
                    .containsExactly("answers[8]", "zip", "payer", "priorAntidepressantTrials"));
  }

  @Test
  void rejectsAWrongNumberOfAnswers() {
    assertThatThrownBy(() -> intake.take(ID, phq9(List.of(1, 1, 1), null, null), NOW))
        .satisfies(thrown -> assertThat(fields(thrown)).containsExactly("answers"));
  }

  @Test
  void rejectsNegativeAntidepressantTrials() {
    ScreeningRequest request =
        new ScreeningRequest("PHQ9", Collections.nCopies(9, 0), null, null, -1, null, null);

    assertThatThrownBy(() -> intake.take(ID, request, NOW))
        .satisfies(
            thrown -> assertThat(fields(thrown)).containsExactly("priorAntidepressantTrials"));
  }

  @Test
  void ptsdScreenWithoutTraumaExposureAsksNothingAndIsNegative() {
    ScreeningRequest request = new ScreeningRequest("PCPTSD5", null, null, null, null, null, false);

    TakenScreening taken = intake.take(ID, request, NOW);

    assertThat(taken.answers()).isEmpty();
    assertThat(taken.traumaExposure()).isFalse();
    assertThat(taken.outcome().score()).isZero();
    assertThat(taken.outcome().severity()).isEqualTo(Severity.NEGATIVE);
    assertThat(taken.outcome().positive()).isFalse();
    assertThat(taken.outcome().notes().get(0)).contains("no further questions");
  }

  @Test
  void ptsdScreenWithoutTraumaExposureRejectsAnswers() {
    ScreeningRequest request =
        new ScreeningRequest("PCPTSD5", List.of(1, 1, 1, 1, 1), null, null, null, null, false);

    assertThatThrownBy(() -> intake.take(ID, request, NOW))
        .satisfies(thrown -> assertThat(fields(thrown)).containsExactly("answers"));
  }

  @Test
  void ptsdScreenScoresTheItemsWhenExposureIsYesOrNotSaid() {
    ScreeningRequest yes =
        new ScreeningRequest("PCPTSD5", List.of(1, 1, 1, 0, 0), null, null, null, null, true);
    ScreeningRequest notSaid =
        new ScreeningRequest("PCPTSD5", List.of(1, 1, 1, 0, 0), null, null, null, null, null);

    assertThat(intake.take(ID, yes, NOW).outcome().positive()).isTrue();
    assertThat(intake.take(ID, notSaid, NOW).outcome().positive()).isTrue();
    assertThat(intake.take(ID, yes, NOW).traumaExposure()).isTrue();
  }

  @Test
  void traumaExposureMeansNothingToOtherInstruments() {
    ScreeningRequest request =
        new ScreeningRequest("GAD7", Collections.nCopies(7, 0), null, null, null, null, false);

    TakenScreening taken = intake.take(ID, request, NOW);

    assertThat(taken.answers()).hasSize(7);
    assertThat(taken.traumaExposure()).isNull();
  }
}
