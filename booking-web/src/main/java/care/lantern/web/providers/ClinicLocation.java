package care.lantern.web.providers;

import care.lantern.directory.entity.ClinicSummary;

/** One place a provider practises, with its time zone as people name it. */
public record ClinicLocation(ClinicSummary clinic, String zoneName) {

  public static ClinicLocation of(ClinicSummary clinic) {
    return new ClinicLocation(clinic, ClinicTime.zoneName(clinic.timezone()));
  }
}
