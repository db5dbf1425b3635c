package care.lantern.directory.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Where a provider sees patients, as a search result or profile shows it. {@code minimumNotice} is
 * how far ahead its consultations must be booked: a time shown is bookable only until then.
 */
public record ClinicSummary(
    long id,
    String name,
    String address,
    String city,
    String state,
    String zip,
    ZoneId timezone,
    Duration minimumNotice)
    implements Serializable {

  public static ClinicSummary of(Clinic clinic) {
    return new ClinicSummary(
        clinic.getId(),
        clinic.getName(),
        clinic.getStreet(),
        clinic.getCity(),
        clinic.getState(),
        clinic.getZip(),
        clinic.zone(),
        clinic.minimumNotice());
  }
}
