package care.lantern.screening.entity;

import java.util.List;
import java.util.Objects;

/**
 * The result of scoring one screening.
 *
 * @param instrumentVersion the published version that was scored, kept with stored results
 * @param score the sum of the answers, from 0 to {@code maxScore}
 * @param positive the score reaches the instrument's cut point for a closer look by a clinician
 * @param urgent an answer signals a risk of self-harm (PHQ-9 item 9 above 0): show crisis resources
 *     first and offer the earliest visit
 * @param notes sentences for the person who answered, most important first; always includes that a
 *     screening is not a diagnosis
 */
public record ScreeningOutcome(
    Instrument instrument,
    String instrumentVersion,
    int score,
    int maxScore,
    Severity severity,
    boolean positive,
    boolean urgent,
    List<String> notes) {

  public ScreeningOutcome {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(instrumentVersion, "instrumentVersion");
    Objects.requireNonNull(severity, "severity");
    if (score < 0 || score > maxScore) {
      throw new IllegalArgumentException("score " + score + " outside 0.." + maxScore);
    }
    notes = List.copyOf(notes);
  }
}
