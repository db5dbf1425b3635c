package care.lantern.api.directory;

import care.lantern.directory.entity.ClinicSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a provider sees patients; {@code timezone} is the IANA id every time there is shown in. */
@Schema(name = "Clinic")
@JsonbPropertyOrder({"id", "name", "address", "city", "state", "zip", "timezone"})
public record ClinicResponse(
    long id,
    String name,
    @Schema(description = "Street address", example = "350 5th Ave") String address,
    String city,
    @Schema(description = "Two-letter USPS state code", example = "NY") String state,
    @Schema(example = "10118") String zip,
    @Schema(description = "IANA time zone of the clinic", example = "America/New_York")
        String timezone) {

  public static ClinicResponse from(ClinicSummary clinic) {
    return new ClinicResponse(
        clinic.id(),
        clinic.name(),
        clinic.address(),
        clinic.city(),
        clinic.state(),
        clinic.zip(),
        clinic.timezone().getId());
  }
}
