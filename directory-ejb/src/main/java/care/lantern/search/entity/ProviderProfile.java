package care.lantern.search.entity;

import care.lantern.directory.entity.ClinicSummary;
import java.util.List;

/** Everything a patient reads before choosing a provider: the summary, who they are, where. */
public record ProviderProfile(
    ProviderSummary summary,
    String bio,
    int experienceYears,
    String qualifications,
    String treatmentPhilosophy,
    List<ClinicSummary> locations) {}
