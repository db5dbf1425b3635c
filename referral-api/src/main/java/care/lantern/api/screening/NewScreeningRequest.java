package care.lantern.api.screening;

import care.lantern.platform.entity.FieldError;
import care.lantern.screening.entity.ScreeningRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A screening to take. Only {@code instrument} and {@code answers} are required ({@code answers} is
 * left out after a "no" to PC-PTSD-5's trauma question); the rest routes the result to providers
 * nearby.
 */
@Schema(name = "ScreeningRequest")
public record NewScreeningRequest(
    @Schema(
            required = true,
            enumeration = {"PHQ9", "GAD7", "PCPTSD5"},
            description = "The questionnaire answered.")
        String instrument,
    @Schema(
            description =
                "One answer per item in printed order: PHQ9 9 answers 0-3, GAD7 7 answers 0-3,"
                    + " PCPTSD5 5 answers 0 (no) or 1 (yes); left out after a PCPTSD5"
                    + " traumaExposure of false.",
            type = SchemaType.ARRAY,
            implementation = Integer.class)
        List<BigDecimal> answers,
    @Schema(
            description = "5-digit US ZIP code to find providers near; none are listed without it.",
            example = "10001")
        String zip,
    @Schema(description = "Payer code of the person's insurance, as in /payers.", example = "AETNA")
        String payer,
    @Schema(
            description = "How many antidepressants were tried without enough benefit (0-30).",
            example = "2")
        BigDecimal priorAntidepressantTrials,
    @Schema(description = "The person would rather be treated without medicines.")
        Boolean prefersNonMedication,
    @Schema(
            description =
                "PCPTSD5 only: the answer to the trauma-exposure question asked before the items."
                    + " When false, send no answers; the result is negative with no further"
                    + " questions. Left out, it counts as true.")
        Boolean traumaExposure) {

  /** What an empty body asks for: nothing, so every required field is reported missing. */
  static final NewScreeningRequest EMPTY =
      new NewScreeningRequest(null, null, null, null, null, null, null);

  /**
   * The screening for the business core, numbers read as whole numbers.
   *
   * @throws InvalidNumberException naming each number that is not a whole number of int size
   */
  ScreeningRequest toScreening() {
    List<FieldError> errors = new ArrayList<>();
    List<Integer> wholeAnswers = null;
    if (answers != null) {
      wholeAnswers = new ArrayList<>();
      for (int index = 0; index < answers.size(); index++) {
        wholeAnswers.add(
            whole(
                answers.get(index),
                "answers[" + index + "]",
                "Question " + (index + 1) + " takes one of its answer values",
                errors));
      }
    }
    Integer trials =
        whole(
            priorAntidepressantTrials,
            "priorAntidepressantTrials",
            "Send how many antidepressants were tried as a whole number",
            errors);
    if (!errors.isEmpty()) {
      throw new InvalidNumberException(errors);
    }
    return new ScreeningRequest(
        instrument, wholeAnswers, zip, payer, trials, prefersNonMedication, traumaExposure);
  }

  private static Integer whole(
      BigDecimal number, String field, String expectation, List<FieldError> errors) {
    if (number == null) {
      return null;
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException notWhole) {
      errors.add(
          new FieldError(field, expectation + ", but " + number.toPlainString() + " was sent."));
      return null;
    }
  }
}
