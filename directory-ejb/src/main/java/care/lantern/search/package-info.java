/**
 * Provider search: providers near a ZIP code who offer a treatment, accept a payer for it and take
 * new patients, each at their nearest matching clinic with distance and next free consultation;
 * provider profiles with the same figures. {@link care.lantern.search.control.SearchIndex} answers
 * from memory, kept in step with the calendars; {@link
 * care.lantern.search.control.ProviderSearchQuery}, the same search in SQL, answers until it is
 * built and is the reference it is tested against.
 *
 * <p>May call: platform, directory, staff, screening, scheduling.
 */
package care.lantern.search;
