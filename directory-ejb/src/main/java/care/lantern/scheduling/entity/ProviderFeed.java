package care.lantern.scheduling.entity;

import java.time.Instant;
import java.util.Optional;

/** A provider of the clinic and when their calendar feed link was last issued, if ever. */
public record ProviderFeed(
    long providerId, String name, String credentials, Optional<Instant> issuedAt) {}
