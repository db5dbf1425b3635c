/**
 * Demo data, loaded once on a first start in demo mode: a fixed-seed directory of invented clinics
 * and providers with their weekly hours, the demo practice and its referrals, the demo clinic staff
 * and appointments. It books and refers through the other components' boundaries like any client
 * (the directory itself is written in bulk, with scheduling's slot publisher), and nothing depends
 * on it.
 *
 * <p>May call: every component.
 */
package care.lantern.demo;
