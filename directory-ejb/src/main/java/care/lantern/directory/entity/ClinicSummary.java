package care.lantern.directory.entity;

import java.time.ZoneId;

/** Where a provider sees patients, as a search result or profile shows it. */
public record ClinicSummary(
    long id, String name, String address, String city, String state, String zip, ZoneId timezone) {

  public static ClinicSummary of(Clinic clinic) {
    return new ClinicSummary(
        clinic.getId(),
        clinic.getName(),
        clinic.getStreet(),
        clinic.getCity(),
        clinic.getState(),
        clinic.getZip(),
        clinic.zone());
  }
}
