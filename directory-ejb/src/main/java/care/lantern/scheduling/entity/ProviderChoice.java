package care.lantern.scheduling.entity;

import java.io.Serializable;

/** A provider of the clinic, as a calendar's provider choice lists them. */
public record ProviderChoice(long id, String name) implements Serializable {}
