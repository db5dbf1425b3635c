package care.lantern.api.scheduling;

import care.lantern.scheduling.entity.PatientDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The minimum a clinic needs: who, how to reach them, date of birth and ZIP. */
@Schema(name = "Patient")
public record PatientRequest(
    @Schema(example = "Alex") String firstName,
    @Schema(example = "Rivera") String lastName,
    @Schema(example = "alex.rivera@example.com") String email,
    @Schema(example = "(555) 010-0199") String phone,
    @Schema(example = "1980-04-27", format = "date") String dateOfBirth,
    @Schema(example = "10001") String zip) {

  PatientDetails.Input toInput() {
    return new PatientDetails.Input(firstName, lastName, email, phone, dateOfBirth, zip);
  }
}
