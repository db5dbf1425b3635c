/**
 * The provider directory: clinics, providers, the treatments they offer, the payers they accept per
 * treatment, US ZIP geodata and the search patients and referrals use to find care nearby.
 */
package care.lantern.directory;
