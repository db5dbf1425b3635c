package care.lantern.search.entity;

import care.lantern.directory.entity.ClinicSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A provider as one search hit: at the nearest clinic that matches the search, with what that
 * clinic offers and accepts, and the start of the earliest free consultation there.
 */
public record ProviderSummary(
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
    Optional<Instant> nextAvailable) {}
