package care.lantern.screening.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.InvalidInputException;
import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.InvalidAnswersException;
import care.lantern.screening.entity.ScreeningOutcome;
import care.lantern.screening.entity.Severity;
import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ScreeningScorerTest {

  private final ScreeningScorer scorer = new ScreeningScorer();

  /**
   * Answers adding up to {@code score}, filled from the first item on with the highest answer, so
   * PHQ-9 item 9 stays 0 up to a total of 24.
   */
  private static List<Integer> answersTotalling(Instrument instrument, int score) {
    List<Integer> answers = new ArrayList<>();
    int left = score;
    for (int item = 0; item < instrument.itemCount(); item++) {
      int answer = Math.min(left, instrument.maxAnswer());
      answers.add(answer);
      left -= answer;
    }
    assertThat(left).as("score reachable").isZero();
    return answers;
  }

  private static FieldError onlyError(Throwable thrown) {
    List<FieldError> errors = ((InvalidAnswersException) thrown).errors();
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  @ParameterizedTest(name = "PHQ-9 score {0} is {1}, positive {2}")
  @CsvSource({
    "0, MINIMAL, false",
    "4, MINIMAL, false",
    "5, MILD, false",
    "9, MILD, false",
    "10, MODERATE, true",
    "14, MODERATE, true",
    "15, MODERATELY_SEVERE, true",
    "19, MODERATELY_SEVERE, true",
    "20, SEVERE, true",
    "27, SEVERE, true"
  })
  void bandsPhq9ScoresAsKroenke2001AndIsPositiveFromTen(
      int score, Severity severity, boolean positive) {
    List<Integer> answers = answersTotalling(Instrument.PHQ9, score);

    ScreeningOutcome outcome = scorer.score(Instrument.PHQ9, answers);

    assertThat(outcome.score()).isEqualTo(score);
    assertThat(outcome.severity()).isEqualTo(severity);
    assertThat(outcome.positive()).isEqualTo(positive);
  }

  @ParameterizedTest(name = "GAD-7 score {0} is {1}, positive {2}")
  @CsvSource({
    "0, MINIMAL, false",
    "4, MINIMAL, false",
    "5, MILD, false",
    "9, MILD, false",
    "10, MODERATE, true",
    "14, MODERATE, true",
    "15, SEVERE, true",
    "21, SEVERE, true"
  })
  void bandsGad7ScoresAsSpitzer2006AndIsPositiveFromTen(
      int score, Severity severity, boolean positive) {
    List<Integer> answers = answersTotalling(Instrument.GAD7, score);

    ScreeningOutcome outcome = scorer.score(Instrument.GAD7, answers);

    assertThat(outcome.score()).isEqualTo(score);
    assertThat(outcome.severity()).isEqualTo(severity);
    assertThat(outcome.positive()).isEqualTo(positive);
  }

  @ParameterizedTest(name = "PC-PTSD-5 score {0} is {1}")
  @CsvSource({"0, NEGATIVE, false", "2, NEGATIVE, false", "3, POSITIVE, true", "5, POSITIVE, true"})
  void screensPcPtsd5PositiveFromThreeAsPrins2016(int score, Severity severity, boolean positive) {
    List<Integer> answers = answersTotalling(Instrument.PCPTSD5, score);

    ScreeningOutcome outcome = scorer.score(Instrument.PCPTSD5, answers);

    assertThat(outcome.score()).isEqualTo(score);
    assertThat(outcome.severity()).isEqualTo(severity);
    assertThat(outcome.positive()).isEqualTo(positive);
  }

  @Test
  void pcPtsd5ResultSaysFourIsTheMoreSpecificCutPoint() {
    List<Integer> answers = answersTotalling(Instrument.PCPTSD5, 3);

    ScreeningOutcome outcome = scorer.score(Instrument.PCPTSD5, answers);

    assertThat(outcome.notes())
        .anySatisfy(note -> assertThat(note).contains("4 is the more specific"));
  }

  @ParameterizedTest
  @EnumSource(Instrument.class)
  void recordsInstrumentVersionAndMaximumScore(Instrument instrument) {
    List<Integer> answers = answersTotalling(instrument, 1);

    ScreeningOutcome outcome = scorer.score(instrument, answers);

    assertThat(outcome.instrument()).isEqualTo(instrument);
    assertThat(outcome.instrumentVersion()).isEqualTo(instrument.version());
    assertThat(outcome.maxScore()).isEqualTo(instrument.maxScore());
  }

  @ParameterizedTest
  @EnumSource(Instrument.class)
  void everyOutcomeSaysAScreeningIsNotADiagnosis(Instrument instrument) {
    List<Integer> lowest = answersTotalling(instrument, 0);
    List<Integer> highest = answersTotalling(instrument, instrument.maxScore());

    List<ScreeningOutcome> outcomes =
        List.of(scorer.score(instrument, lowest), scorer.score(instrument, highest));

    assertThat(outcomes)
        .allSatisfy(
            outcome -> assertThat(outcome.notes()).contains(InstrumentScoring.NOT_A_DIAGNOSIS));
    assertThat(InstrumentScoring.NOT_A_DIAGNOSIS).startsWith("A screening is not a diagnosis.");
  }

  @Test
  void phq9ItemNineAboveZeroIsUrgentEvenWithATotalOfOne() {
    List<Integer> answers = List.of(0, 0, 0, 0, 0, 0, 0, 0, 1);

    ScreeningOutcome outcome = scorer.score(Instrument.PHQ9, answers);

    assertThat(outcome.urgent()).isTrue();
    assertThat(outcome.score()).isEqualTo(1);
    assertThat(outcome.severity()).isEqualTo(Severity.MINIMAL);
    assertThat(outcome.positive()).isFalse();
  }

  @Test
  void urgentPhq9PutsTheCrisisNoteFirst() {
    List<Integer> answers = List.of(1, 1, 0, 1, 0, 1, 0, 0, 2);

    ScreeningOutcome outcome = scorer.score(Instrument.PHQ9, answers);

    assertThat(outcome.notes()).first(STRING).contains("988").contains("911");
  }

  @Test
  void phq9WithItemNineAtZeroIsNotUrgentEvenWhenSevere() {
    List<Integer> answers = List.of(3, 3, 3, 3, 3, 3, 3, 3, 0);

    ScreeningOutcome outcome = scorer.score(Instrument.PHQ9, answers);

    assertThat(outcome.severity()).isEqualTo(Severity.SEVERE);
    assertThat(outcome.urgent()).isFalse();
    assertThat(outcome.notes()).containsExactly(InstrumentScoring.NOT_A_DIAGNOSIS);
  }

  @ParameterizedTest
  @EnumSource(
      value = Instrument.class,
      names = {"GAD7", "PCPTSD5"})
  void otherInstrumentsAreNeverUrgentEvenAtTheirMaximum(Instrument instrument) {
    List<Integer> answers = answersTotalling(instrument, instrument.maxScore());

    ScreeningOutcome outcome = scorer.score(instrument, answers);

    assertThat(outcome.urgent()).isFalse();
  }

  @ParameterizedTest(name = "{0} with {1} answers")
  @CsvSource({"PHQ9, 8", "PHQ9, 10", "PHQ9, 0", "GAD7, 9", "PCPTSD5, 4", "PCPTSD5, 6"})
  void rejectsTheWrongNumberOfAnswersOnTheAnswersField(Instrument instrument, int count) {
    List<Integer> answers = Collections.nCopies(count, 0);

    assertThatThrownBy(() -> scorer.score(instrument, answers))
        .isInstanceOf(InvalidAnswersException.class)
        .satisfies(
            thrown ->
                assertThat(onlyError(thrown))
                    .isEqualTo(
                        new FieldError(
                            "answers",
                            "The %s has %d questions, but %d %s sent."
                                .formatted(
                                    instrument.label(),
                                    instrument.itemCount(),
                                    count,
                                    count == 1 ? "answer was" : "answers were"))));
  }

  @ParameterizedTest(name = "{0} answer {2} at index {1}")
  @CsvSource({
    "PHQ9, 8, -1, 'Question 9 takes a number from 0 to 3, but -1 was sent.'",
    "PHQ9, 0, 4, 'Question 1 takes a number from 0 to 3, but 4 was sent.'",
    "GAD7, 6, 4, 'Question 7 takes a number from 0 to 3, but 4 was sent.'",
    "PCPTSD5, 2, 2, 'Question 3 takes 0 (no) or 1 (yes), but 2 was sent.'",
    "PCPTSD5, 4, -1, 'Question 5 takes 0 (no) or 1 (yes), but -1 was sent.'"
  })
  void rejectsAnAnswerOutsideTheRangeOnThatAnswersField(
      Instrument instrument, int index, int answer, String message) {
    List<Integer> answers = new ArrayList<>(Collections.nCopies(instrument.itemCount(), 0));
    answers.set(index, answer);

    assertThatThrownBy(() -> scorer.score(instrument, answers))
        .isInstanceOf(InvalidAnswersException.class)
        .satisfies(
            thrown ->
                assertThat(onlyError(thrown))
                    .isEqualTo(new FieldError("answers[" + index + "]", message)));
  }

  @Test
  void rejectsAnEmptyAnswerOnThatAnswersField() {
    List<Integer> answers = Arrays.asList(0, 0, 0, 0, 0, 0, 0, 0, null);

    assertThatThrownBy(() -> scorer.score(Instrument.PHQ9, answers))
        .isInstanceOf(InvalidAnswersException.class)
        .satisfies(
            thrown ->
                assertThat(onlyError(thrown))
                    .isEqualTo(new FieldError("answers[8]", "Question 9 has no answer.")));
  }

  @Test
  void rejectsMissingAnswersOnTheAnswersField() {
    assertThatThrownBy(() -> scorer.score(Instrument.GAD7, null))
        .isInstanceOf(InvalidAnswersException.class)
        .satisfies(
            thrown ->
                assertThat(onlyError(thrown))
                    .isEqualTo(
                        new FieldError(
                            "answers", "Answers are missing: the GAD-7 has 7 questions.")));
  }

  @Test
  void rejectsAMissingInstrumentOnTheInstrumentField() {
    List<Integer> answers = List.of(0, 0, 0, 0, 0);

    assertThatThrownBy(() -> scorer.score(null, answers))
        .isInstanceOf(InvalidAnswersException.class)
        .satisfies(thrown -> assertThat(onlyError(thrown).field()).isEqualTo("instrument"));
  }

  @Test
  void reportsEveryProblemAtOnceInQuestionOrder() {
    List<Integer> answers = Arrays.asList(0, 4, 0, null, 0, 0, 0, 0);

    assertThatThrownBy(() -> scorer.score(Instrument.PHQ9, answers))
        .isInstanceOf(InvalidAnswersException.class)
        .satisfies(
            thrown ->
                assertThat(((InvalidAnswersException) thrown).errors())
                    .extracting(FieldError::field)
                    .containsExactly("answers", "answers[1]", "answers[3]"));
  }

  @Test
  void invalidAnswersRollBackTheCallersTransaction() {
    ApplicationException marker =
        InvalidInputException.class.getAnnotation(ApplicationException.class);

    assertThat(InvalidInputException.class).isAssignableFrom(InvalidAnswersException.class);
    assertThat(marker.rollback()).isTrue();
    assertThat(marker.inherited()).isTrue();
  }
}
