package care.lantern.platform.entity;

/**
 * One invalid input: {@code field} names it as the client sent it ({@code zip}, {@code
 * patient.email}, {@code answers[8]}), {@code message} says in plain words what to change.
 */
public record FieldError(String field, String message) {}
