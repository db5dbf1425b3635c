package care.lantern.api.directory;

import care.lantern.directory.entity.ProviderSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One provider as a search lists them, at their nearest matching clinic. {@code nextAvailable} is
 * the start of the earliest free consultation there, with the clinic's offset, or null when none is
 * open; it is written out as null rather than left out.
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "name",
  "credentials",
  "clinic",
  "distanceMiles",
  "treatments",
  "payers",
  "languages",
  "telehealth",
  "acceptingNewPatients",
  "nextAvailable"
})
public record ProviderItemResponse(
    long id,
    String name,
    String credentials,
    ClinicResponse clinic,
    double distanceMiles,
    List<String> treatments,
    List<String> payers,
    List<String> languages,
    boolean telehealth,
    boolean acceptingNewPatients,
    OffsetDateTime nextAvailable) {

  public static ProviderItemResponse from(ProviderSummary provider) {
    return new ProviderItemResponse(
        provider.id(),
        provider.name(),
        provider.credentials(),
        ClinicResponse.from(provider.clinic()),
        provider.distanceMiles(),
        provider.treatments(),
        provider.payers(),
        provider.languages(),
        provider.telehealth(),
        provider.acceptingNewPatients(),
        provider
            .nextAvailable()
            .map(start -> start.atZone(provider.clinic().timezone()).toOffsetDateTime())
            .orElse(null));
  }
}
