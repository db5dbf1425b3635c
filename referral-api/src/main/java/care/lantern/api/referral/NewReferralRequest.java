package care.lantern.api.referral;

import care.lantern.api.scheduling.PatientRequest;
import care.lantern.referral.entity.ReferralRequest;
import care.lantern.scheduling.entity.PatientDetails;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referral a practice sends. With {@code autoSchedule} the referring physician attests that the
 * patient agreed to be booked, and the earliest suitable consultation is booked for them.
 */
@Schema(name = "ReferralRequest")
public record NewReferralRequest(
    @Schema(required = true) PatientRequest patient,
    @Schema(required = true, example = "AETNA") String payer,
    @Schema(
            required = true,
            description =
                "ICD-10-CM codes of chapter F, at least one; TMS and SPRAVATO need an F32 or F33"
                    + " code",
            type = SchemaType.ARRAY,
            implementation = String.class)
        List<String> diagnosisCodes,
    @Schema(description = "PHQ-9 total, 0-27", example = "19") Integer phq9Score,
    @Schema(description = "Antidepressants tried without enough benefit", example = "2")
        Integer priorAntidepressantTrials,
    @Schema(required = true, type = SchemaType.ARRAY, implementation = String.class)
        List<String> requestedTreatments,
    @Schema(
            required = true,
            enumeration = {"ROUTINE", "URGENT"},
            example = "ROUTINE")
        String urgency,
    @Schema(
            enumeration = {"IN_PERSON", "TELEHEALTH"},
            description = "Ignored for URGENT referrals: the earliest visit in either mode")
        String preferredMode,
    @Schema(description = "For the clinic, at most 2000 characters") String notes,
    @Schema(
            description =
                "Book the earliest suitable consultation now; the physician attests the patient's"
                    + " consent. The patient receives the confirmation email with a manage link.",
            example = "true")
        Boolean autoSchedule) {

  /** What an empty body stands for: every required field missing. */
  static final NewReferralRequest EMPTY =
      new NewReferralRequest(null, null, null, null, null, null, null, null, null, null);

  ReferralRequest toRequest() {
    PatientDetails.Input input =
        patient == null
            ? null
            : new PatientDetails.Input(
                patient.firstName(),
                patient.lastName(),
                patient.email(),
                patient.phone(),
                patient.dateOfBirth(),
                patient.zip());
    return new ReferralRequest(
        input,
        payer,
        diagnosisCodes,
        phq9Score,
        priorAntidepressantTrials,
        requestedTreatments,
        urgency,
        preferredMode,
        notes,
        autoSchedule);
  }
}
