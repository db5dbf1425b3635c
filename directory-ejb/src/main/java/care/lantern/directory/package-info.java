/**
 * The provider directory: clinics, providers, the treatments they offer, the payers they accept per
 * treatment (reference data), US ZIP geodata and great-circle distance. Searching it is the {@code
 * search} component's concern, since a search also needs the calendars' next free times.
 *
 * <p>May call: platform.
 */
package care.lantern.directory;
