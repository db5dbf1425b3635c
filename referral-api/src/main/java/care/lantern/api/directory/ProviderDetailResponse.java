package care.lantern.api.directory;

import care.lantern.search.entity.ProviderProfile;
import care.lantern.search.entity.ProviderSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A provider's profile: the fields of a search hit (at the clinic nearest the given ZIP, or their
 * first clinic without one), who they are, and every location they practise at.
 */
@Schema(name = "ProviderDetail")
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
  "nextAvailable",
  "bio",
  "experienceYears",
  "qualifications",
  "treatmentPhilosophy",
  "locations"
})
public record ProviderDetailResponse(
    long id,
    String name,
    String credentials,
    ClinicResponse clinic,
    @Schema(
            description = "Miles from the ZIP code given as zip; null when none was given",
            nullable = true,
            example = "2.4")
        Double distanceMiles,
    List<String> treatments,
    List<String> payers,
    List<String> languages,
    boolean telehealth,
    boolean acceptingNewPatients,
    @Schema(
            description =
                "Start of the earliest free consultation at clinic, with the offset of the"
                    + " clinic's time zone; null when none is free",
            format = "date-time",
            nullable = true,
            example = "2026-11-23T14:00:00-05:00")
        String nextAvailable,
    String bio,
    int experienceYears,
    String qualifications,
    String treatmentPhilosophy,
    @Schema(
            description = "Every clinic the provider practises at, nearest first",
            type = SchemaType.ARRAY,
            implementation = ClinicResponse.class)
        List<ClinicResponse> locations) {

  /** {@code measuredFromZip}: whether a ZIP was given, so that the distance means something. */
  public static ProviderDetailResponse from(ProviderProfile profile, boolean measuredFromZip) {
    ProviderSummary provider = profile.summary();
    return new ProviderDetailResponse(
        provider.id(),
        provider.name(),
        provider.credentials(),
        ClinicResponse.from(provider.clinic()),
        measuredFromZip ? provider.distanceMiles() : null,
        provider.treatments(),
        provider.payers(),
        provider.languages(),
        provider.telehealth(),
        provider.acceptingNewPatients(),
        ProviderItemResponse.nextAvailable(provider),
        profile.bio(),
        profile.experienceYears(),
        profile.qualifications(),
        profile.treatmentPhilosophy(),
        profile.locations().stream().map(ClinicResponse::from).toList());
  }
}
