package care.lantern.directory.entity;

import java.util.List;

/** Everything a patient reads before choosing a provider: the summary, who they are, where. */
public record ProviderProfile(
    ProviderSummary summary,
    String bio,
    int experienceYears,
    String qualifications,
    String treatmentPhilosophy,
    List<ClinicSummary> locations) {}
