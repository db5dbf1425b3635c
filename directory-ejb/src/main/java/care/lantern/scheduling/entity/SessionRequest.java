package care.lantern.scheduling.entity;

/**
 * A treatment session as staff ask for it on the form, unchecked: the type's name ({@code
 * SPRAVATO}), the clinic date {@code YYYY-MM-DD} and wall-clock time {@code HH:MM}, the provider.
 */
public record SessionRequest(String type, String date, String time, Long providerId) {}
