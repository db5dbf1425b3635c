package care.lantern.screening.control;

import static care.lantern.screening.entity.Severity.MILD;
import static care.lantern.screening.entity.Severity.MINIMAL;
import static care.lantern.screening.entity.Severity.MODERATE;
import static care.lantern.screening.entity.Severity.MODERATELY_SEVERE;
import static care.lantern.screening.entity.Severity.SEVERE;

import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.ScreeningOutcome;
import care.lantern.screening.entity.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * PHQ-9 (Kroenke 2001): bands 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27
 * severe; 10 or more is the usual cut point for a clinician's evaluation. Item 9 (thoughts of being
 * better off dead or of self-harm) makes the result urgent on any answer above "not at all",
 * whatever the total: a low total with a positive item 9 still needs the crisis resources.
 */
final class Phq9Scoring implements InstrumentScoring {

  static final int SELF_HARM_ITEM = 9;
  static final String SELF_HARM_NOTE =
      "You told us you have had thoughts that you would be better off dead or of hurting yourself."
          + " You deserve support right now. "
          + CrisisResources.IN_ONE_SENTENCE;

  private static final int POSITIVE_FROM = 10;

  /** The lowest score of each band. */
  private static final NavigableMap<Integer, Severity> BANDS =
      new TreeMap<>(Map.of(0, MINIMAL, 5, MILD, 10, MODERATE, 15, MODERATELY_SEVERE, 20, SEVERE));

  @Override
  public ScreeningOutcome outcome(List<Integer> answers) {
    int score = InstrumentScoring.sum(answers);
    boolean urgent = answers.get(SELF_HARM_ITEM - 1) > 0;
    List<String> notes = new ArrayList<>();
    if (urgent) {
      notes.add(SELF_HARM_NOTE);
    }
    notes.add(NOT_A_DIAGNOSIS);
    Instrument phq9 = Instrument.PHQ9;
    return new ScreeningOutcome(
        phq9,
        phq9.version(),
        score,
        phq9.maxScore(),
        BANDS.floorEntry(score).getValue(),
        score >= POSITIVE_FROM,
        urgent,
        notes);
  }
}
