package care.lantern.api.directory;

import care.lantern.api.ClinicTime;
import care.lantern.search.entity.ProviderSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One search hit: a provider at their nearest matching clinic. */
@Schema(name = "ProviderItem")
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
    @Schema(example = "MD") String credentials,
    ClinicResponse clinic,
    @Schema(description = "Great-circle miles from the searched ZIP code", example = "2.4")
        double distanceMiles,
    @Schema(
            description = "Treatment codes the clinic offers",
            type = SchemaType.ARRAY,
            implementation = String.class)
        List<String> treatments,
    @Schema(
            description = "Payer codes the clinic accepts (for the searched treatment, if any)",
            type = SchemaType.ARRAY,
            implementation = String.class)
        List<String> payers,
    @Schema(description = "ISO 639-1 codes", type = SchemaType.ARRAY, implementation = String.class)
        List<String> languages,
    boolean telehealth,
    boolean acceptingNewPatients,
    @Schema(
            description =
                "Start of the earliest free consultation, with the offset of the clinic's time"
                    + " zone; null when none is free",
            format = "date-time",
            nullable = true,
            example = "2026-11-23T14:00:00-05:00")
        String nextAvailable) {

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
        nextAvailable(provider));
  }

  /** This item with another distance and next free time: what differs from search to search. */
  ProviderItemResponse withSearchValues(double distanceMiles, String nextAvailable) {
    return new ProviderItemResponse(
        id,
        name,
        credentials,
        clinic,
        distanceMiles,
        treatments,
        payers,
        languages,
        telehealth,
        acceptingNewPatients,
        nextAvailable);
  }

  /** The earliest free consultation in the clinic's zone, or null when none is free. */
  static String nextAvailable(ProviderSummary provider) {
    return provider
        .nextAvailable()
        .map(start -> ClinicTime.format(start, provider.clinic().timezone()))
        .orElse(null);
  }
}
