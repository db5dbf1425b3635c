package care.lantern.screening.control;

import care.lantern.platform.entity.FieldError;
import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.InvalidScreeningException;
import care.lantern.screening.entity.ScreeningOutcome;
import care.lantern.screening.entity.ScreeningRequest;
import care.lantern.screening.entity.TakenScreening;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes in a screening as it was sent: checks every field at once, so a form or an API client
 * learns all its mistakes in one answer, then scores it. The PC-PTSD-5 items are only scored after
 * a "yes" (or no answer) to the trauma-exposure question; after a "no" there are no items.
 */
public class ScreeningIntake {

  /** More than this many antidepressant trials is a typing mistake, not a history. */
  static final int MAX_ANTIDEPRESSANT_TRIALS = 30;

  private static final Pattern ZIP = Pattern.compile("\\d{5}");

  private final ScreeningScorer scorer;
  private final Set<String> payerCodes;

  /**
   * @param payerCodes the payer codes a screening may name, as the directory knows them
   */
  public ScreeningIntake(ScreeningScorer scorer, Set<String> payerCodes) {
    this.scorer = scorer;
    this.payerCodes = Set.copyOf(payerCodes);
  }

  /**
   * The screening, checked and scored, under {@code id}.
   *
   * @throws InvalidScreeningException naming every field that cannot be used as sent
   */
  public TakenScreening take(String id, ScreeningRequest request, Instant takenAt) {
    Instrument instrument = Instrument.find(code(request.instrument())).orElse(null);
    boolean itemsAsked =
        instrument != Instrument.PCPTSD5 || !Boolean.FALSE.equals(request.traumaExposure());
    List<Integer> answers = request.answers();
    String zip = blankToNull(request.zip());
    String payer = code(request.payer());
    int trials =
        request.priorAntidepressantTrials() == null ? 0 : request.priorAntidepressantTrials();

    List<FieldError> errors = new ArrayList<>();
    if (itemsAsked) {
      errors.addAll(scorer.problems(instrument, answers));
    } else if (answers != null && !answers.isEmpty()) {
      errors.add(
          new FieldError(
              "answers",
              "Leave the answers out after a \"no\" to the trauma question: the five questions"
                  + " follow a \"yes\" only."));
    }
    if (zip != null && !ZIP.matcher(zip).matches()) {
      errors.add(new FieldError("zip", "Enter a 5-digit US ZIP code, for example 10001."));
    }
    if (payer != null && !payerCodes.contains(payer)) {
      errors.add(
          new FieldError(
              "payer", "We do not know the insurance '" + payer + "'. Choose one from the list."));
    }
    if (trials < 0 || trials > MAX_ANTIDEPRESSANT_TRIALS) {
      errors.add(
          new FieldError(
              "priorAntidepressantTrials",
              "Enter how many antidepressants you have tried, from 0 to "
                  + MAX_ANTIDEPRESSANT_TRIALS
                  + "."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidScreeningException(errors);
    }

    ScreeningOutcome outcome =
        itemsAsked ? scorer.score(instrument, answers) : scorer.withoutTraumaExposure();
    return new TakenScreening(
        id,
        takenAt,
        itemsAsked ? answers : List.of(),
        instrument == Instrument.PCPTSD5 ? itemsAsked : null,
        zip,
        payer,
        trials,
        Boolean.TRUE.equals(request.prefersNonMedication()),
        outcome);
  }

  private static String code(String value) {
    String code = blankToNull(value);
    return code == null ? null : code.toUpperCase(Locale.ROOT);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
