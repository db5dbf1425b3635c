package care.lantern.screening.control;

import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.ScreeningOutcome;
import care.lantern.screening.entity.Severity;
import java.util.List;

/**
 * PC-PTSD-5 (Prins 2016): the number of "yes" answers to five items asked after a "yes" to the
 * trauma-exposure question. Positive from 3, the cut point the authors recommend for sensitivity; 4
 * is the more specific one, which the result says. No item asks about self-harm, so never urgent.
 */
final class PcPtsd5Scoring implements InstrumentScoring {

  static final int POSITIVE_FROM = 3;
  static final String CUT_POINT_NOTE =
      "This screen counts 3 or more \"yes\" answers as positive (Prins 2016)."
          + " A score of 4 is the more specific cut point: fewer people reach it who, on closer"
          + " evaluation, turn out not to have post-traumatic stress disorder.";

  static final String NO_EXPOSURE_NOTE =
      "You told us you have not been through an event like this, so there are no further"
          + " questions. If something else is troubling you, a consultation is still a good place"
          + " to talk about it.";

  /** After a "no" to the exposure question: a score of 0, negative, and no items asked. */
  ScreeningOutcome withoutExposure() {
    Instrument pcPtsd5 = Instrument.PCPTSD5;
    return new ScreeningOutcome(
        pcPtsd5,
        pcPtsd5.version(),
        0,
        pcPtsd5.maxScore(),
        Severity.NEGATIVE,
        false,
        false,
        List.of(NO_EXPOSURE_NOTE, NOT_A_DIAGNOSIS));
  }

  @Override
  public ScreeningOutcome outcome(List<Integer> answers) {
    int score = InstrumentScoring.sum(answers);
    boolean positive = score >= POSITIVE_FROM;
    Instrument pcPtsd5 = Instrument.PCPTSD5;
    return new ScreeningOutcome(
        pcPtsd5,
        pcPtsd5.version(),
        score,
        pcPtsd5.maxScore(),
        positive ? Severity.POSITIVE : Severity.NEGATIVE,
        positive,
        false,
        List.of(CUT_POINT_NOTE, NOT_A_DIAGNOSIS));
  }
}
