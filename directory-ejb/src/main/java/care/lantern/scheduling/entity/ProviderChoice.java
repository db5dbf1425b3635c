package care.lantern.scheduling.entity;

/** A provider of the clinic, as a calendar's provider choice lists them. */
public record ProviderChoice(long id, String name) {}
