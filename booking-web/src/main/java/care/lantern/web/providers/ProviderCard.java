package care.lantern.web.providers;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.search.entity.ProviderSummary;
import java.util.List;

/**
 * A provider as the pages show them: codes as names, the next free consultation in the clinic's
 * time zone ({@code nextAvailable} is null when there is none).
 */
public record ProviderCard(
    long id,
    String name,
    String credentials,
    ClinicSummary clinic,
    double distanceMiles,
    List<String> treatments,
    List<String> payers,
    List<String> languages,
    boolean telehealth,
    boolean acceptingNewPatients,
    ClinicTime nextAvailable) {

  public static ProviderCard of(ProviderSummary provider, CodeNames names) {
    return new ProviderCard(
        provider.id(),
        provider.name(),
        provider.credentials(),
        provider.clinic(),
        provider.distanceMiles(),
        names.treatments(provider.treatments()),
        names.payers(provider.payers()),
        CodeNames.languages(provider.languages()),
        provider.telehealth(),
        provider.acceptingNewPatients(),
        provider
            .nextAvailable()
            .map(start -> ClinicTime.of(start, provider.clinic().timezone()))
            .orElse(null));
  }
}
