/**
 * Provider search: providers near a ZIP code who offer a treatment, accept a payer for it and take
 * new patients, each at their nearest matching clinic with distance and next free consultation;
 * provider profiles with the same figures. {@link care.lantern.search.control.ProviderSearchQuery}
 * is the query; {@link care.lantern.search.control.KeptPages} keeps recent result pages while they
 * are truthful.
 *
 * <p>May call: platform, directory, staff, screening, scheduling.
 */
package care.lantern.search;
