package care.lantern.api.directory;

import care.lantern.directory.entity.ClinicSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** Where a provider sees patients; {@code timezone} is the clinic's IANA zone. */
@JsonbPropertyOrder({"id", "name", "address", "city", "state", "zip", "timezone"})
public record ClinicResponse(
    long id, String name, String address, String city, String state, String zip, String timezone) {

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
