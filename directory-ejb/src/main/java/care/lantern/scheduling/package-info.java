/**
 * Scheduling: when a clinic's calendar can be booked. Weekly opening rules and date overrides
 * describe opening hours on the clinic's wall clock; existing appointments and live holds are busy
 * time; {@link care.lantern.scheduling.control.SlotCalculator} turns both into bookable slots and
 * {@link care.lantern.scheduling.control.CapacityCheck} guards shared resources such as Spravato
 * monitoring chairs.
 *
 * <p>Time model: opening hours are wall-clock times in the clinic's {@link java.time.ZoneId}, every
 * computed slot is a pair of {@link java.time.Instant}s. A slot fits an opening window when every
 * instant of it shows a wall-clock time inside the window; its real length is always the policy's
 * slot length. Candidate starts step through the window in wall-clock time. Across daylight-saving
 * changes this means:
 *
 * <ul>
 *   <li>spring forward: wall-clock starts that do not exist (02:00 to 02:59 in New York) are not
 *       offered; a slot may run across the jump (01:30 EST to 03:00 EDT is 30 real minutes);
 *   <li>fall back: a wall-clock start that happens twice (01:00 to 01:59 in New York) is offered at
 *       both instants, because the clinic is open during both hours; present slots with their
 *       offset or zone abbreviation so patients can tell 01:30 EDT from 01:30 EST.
 * </ul>
 *
 * <p>Every change to a calendar goes through this component: patients' bookings ({@link
 * care.lantern.scheduling.boundary.AppointmentBook}), staff's attendance, cancellations and
 * sessions ({@link care.lantern.scheduling.boundary.ClinicCalendar}), opening hours ({@link
 * care.lantern.scheduling.boundary.ClinicAvailability}) and calendar feeds ({@link
 * care.lantern.scheduling.boundary.CalendarFeeds}).
 *
 * <p>May call: platform, directory, staff, screening.
 */
package care.lantern.scheduling;
