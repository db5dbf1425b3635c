/**
 * The JSON edge for referring physicians and patient-facing clients. Resources translate HTTP to
 * calls on {@code directory-ejb} boundaries and back; problems are answered in one place ({@link
 * care.lantern.api.problem}).
 */
package care.lantern.api;
