package care.lantern.screening.control;

import care.lantern.platform.entity.FieldError;
import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.InvalidAnswersException;
import care.lantern.screening.entity.ScreeningOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores the answers to a screening: checks them against the instrument, then applies that
 * instrument's published bands, cut point and safety rule. Stateless and thread-safe.
 */
public class ScreeningScorer {

  private final Phq9Scoring phq9 = new Phq9Scoring();
  private final Gad7Scoring gad7 = new Gad7Scoring();
  private final PcPtsd5Scoring pcPtsd5 = new PcPtsd5Scoring();

  /**
   * @param answers one answer per item in printed order; for PC-PTSD-5 only after a "yes" to the
   *     exposure question (a "no" there is a score of 0 and needs no scoring)
   * @throws InvalidAnswersException naming every problem: no instrument, missing or extra answers,
   *     an empty answer or one outside the instrument's range
   */
  public ScreeningOutcome score(Instrument instrument, List<Integer> answers) {
    List<FieldError> errors = problems(instrument, answers);
    if (!errors.isEmpty()) {
      throw new InvalidAnswersException(errors);
    }
    InstrumentScoring scoring =
        switch (instrument) {
          case PHQ9 -> phq9;
          case GAD7 -> gad7;
          case PCPTSD5 -> pcPtsd5;
        };
    return scoring.outcome(answers);
  }

  /**
   * The PC-PTSD-5 outcome after a "no" to its trauma-exposure question: the items are not asked,
   * the score is 0 and the screen is negative.
   */
  public ScreeningOutcome withoutTraumaExposure() {
    return pcPtsd5.withoutExposure();
  }

  /**
   * What is wrong with {@code answers} for {@code instrument}, in question order; empty when they
   * can be scored. For forms and requests that check more than the answers at once.
   */
  public List<FieldError> problems(Instrument instrument, List<Integer> answers) {
    if (instrument == null) {
      return List.of(
          new FieldError("instrument", "Choose a questionnaire: PHQ9, GAD7 or PCPTSD5."));
    }
    if (answers == null) {
      return List.of(
          new FieldError(
              "answers",
              "Answers are missing: the %s has %d questions."
                  .formatted(instrument.label(), instrument.itemCount())));
    }
    List<FieldError> errors = new ArrayList<>();
    if (answers.size() != instrument.itemCount()) {
      errors.add(
          new FieldError(
              "answers",
              "The %s has %d questions, but %d %s sent."
                  .formatted(
                      instrument.label(),
                      instrument.itemCount(),
                      answers.size(),
                      answers.size() == 1 ? "answer was" : "answers were")));
    }
    for (int index = 0; index < answers.size(); index++) {
      problem(instrument, index, answers.get(index)).ifPresent(errors::add);
    }
    return errors;
  }

  private static Optional<FieldError> problem(Instrument instrument, int index, Integer answer) {
    String field = "answers[" + index + "]";
    int question = index + 1;
    if (answer == null) {
      return Optional.of(new FieldError(field, "Question %d has no answer.".formatted(question)));
    }
    if (!instrument.accepts(answer)) {
      return Optional.of(
          new FieldError(
              field,
              "Question %d takes %s, but %d was sent."
                  .formatted(question, allowedAnswers(instrument), answer)));
    }
    return Optional.empty();
  }

  private static String allowedAnswers(Instrument instrument) {
    return instrument.maxAnswer() == 1
        ? "0 (no) or 1 (yes)"
        : "a number from %d to %d".formatted(instrument.minAnswer(), instrument.maxAnswer());
  }
}
