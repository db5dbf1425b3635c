package care.lantern.scheduling.entity;

/** A calendar feed link's secret token, which only the caller ever sees, and only this once. */
public record IssuedFeed(long providerId, String token) {}
