package care.lantern.search.control;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.ClinicSummary;
import care.lantern.directory.entity.Provider;
import care.lantern.search.control.ProviderSearchQuery.Hit;
import care.lantern.search.entity.ProviderSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A search hit as a patient reads it, made from the directory's entities (the search index makes
 * the same from its own copy: {@link SearchableDirectory#summary}). The treatments are those the
 * clinic offers on today's date in its own zone, as a REMS certification lapses at its midnight.
 */
public final class ProviderSummaries {

  private ProviderSummaries() {}

  public static ProviderSummary of(
      Provider provider, Clinic clinic, Hit hit, Optional<String> treatment, Clock clock) {
    return new ProviderSummary(
        provider.getId(),
        provider.getName(),
        provider.getCredentials(),
        ClinicSummary.of(clinic),
        Math.round(hit.distanceMiles() * 10) / 10.0,
        clinic.treatmentsOfferedOn(LocalDate.now(clock.withZone(clinic.zone()))),
        clinic.payersFor(treatment.orElse(null)),
        provider.languages(),
        clinic.isTelehealth(),
        provider.isAcceptingNewPatients(),
        hit.nextAvailable());
  }
}
