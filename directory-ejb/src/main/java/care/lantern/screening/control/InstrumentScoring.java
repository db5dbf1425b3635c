package care.lantern.screening.control;

import care.lantern.screening.entity.ScreeningOutcome;
import java.util.List;

/** The scoring rules of one instrument. Answers arrive validated: right count, all in range. */
sealed interface InstrumentScoring permits Phq9Scoring, Gad7Scoring, PcPtsd5Scoring {

  /** Said with every result, whatever the score, so no one reads a screening as a diagnosis. */
  String NOT_A_DIAGNOSIS =
      "A screening is not a diagnosis. It shows how much these problems have bothered you;"
          + " only a clinician who talks with you can diagnose a condition.";

  ScreeningOutcome outcome(List<Integer> answers);

  static int sum(List<Integer> answers) {
    return answers.stream().mapToInt(Integer::intValue).sum();
  }
}
