package care.lantern.screening.control;

import static care.lantern.screening.entity.Severity.MILD;
import static care.lantern.screening.entity.Severity.MINIMAL;
import static care.lantern.screening.entity.Severity.MODERATE;
import static care.lantern.screening.entity.Severity.SEVERE;

import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.ScreeningOutcome;
import care.lantern.screening.entity.Severity;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * GAD-7 (Spitzer 2006): bands 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe; 10 or more is
 * the cut point for a clinician's evaluation. No item asks about self-harm, so never urgent.
 */
final class Gad7Scoring implements InstrumentScoring {

  private static final int POSITIVE_FROM = 10;

  /** The lowest score of each band. */
  private static final NavigableMap<Integer, Severity> BANDS =
      new TreeMap<>(Map.of(0, MINIMAL, 5, MILD, 10, MODERATE, 15, SEVERE));

  @Override
  public ScreeningOutcome outcome(List<Integer> answers) {
    int score = InstrumentScoring.sum(answers);
    Instrument gad7 = Instrument.GAD7;
    return new ScreeningOutcome(
        gad7,
        gad7.version(),
        score,
        gad7.maxScore(),
        BANDS.floorEntry(score).getValue(),
        score >= POSITIVE_FROM,
        false,
        List.of(NOT_A_DIAGNOSIS));
  }
}
