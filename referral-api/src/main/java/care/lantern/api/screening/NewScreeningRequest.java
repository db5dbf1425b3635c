package care.lantern.api.screening;

import care.lantern.screening.entity.ScreeningRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A screening to take. Only {@code instrument} and {@code answers} are required; the rest routes
 * the result to providers nearby.
 */
@Schema(name = "ScreeningRequest")
public record NewScreeningRequest(
    @Schema(
            required = true,
            enumeration = {"PHQ9", "GAD7", "PCPTSD5"},
            description = "The questionnaire answered.")
        String instrument,
    @Schema(
            required = true,
            description =
                "One answer per item in printed order: PHQ9 9 answers 0-3, GAD7 7 answers 0-3,"
                    + " PCPTSD5 5 answers 0 (no) or 1 (yes).")
        List<Integer> answers,
    @Schema(
            description = "5-digit US ZIP code to find providers near; none are listed without it.",
            example = "10001")
        String zip,
    @Schema(description = "Payer code of the person's insurance, as in /payers.", example = "AETNA")
        String payer,
    @Schema(
            description = "How many antidepressants were tried without enough benefit (0-30).",
            example = "2")
        Integer priorAntidepressantTrials,
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

  ScreeningRequest toScreening() {
    return new ScreeningRequest(
        instrument,
        answers,
        zip,
        payer,
        priorAntidepressantTrials,
        prefersNonMedication,
        traumaExposure);
  }
}
