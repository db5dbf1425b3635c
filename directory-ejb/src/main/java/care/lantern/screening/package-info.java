/**
 * Screenings: the short, validated questionnaires a person can fill in before booking (PHQ-9 for
 * depression, GAD-7 for anxiety, PC-PTSD-5 for post-traumatic stress), their scoring, and the
 * safety flag raised when an answer signals a risk of self-harm.
 *
 * <p>A screening is not a diagnosis: it says how much a person is bothered by certain problems and
 * whether a clinician should take a closer look. Screenings are anonymous: the answers are kept for
 * two hours in memory so the result can be shown again, and stored only when the person shares the
 * screening with the clinic of an appointment they book; otherwise the database only counts how
 * many screenings of each instrument and severity were taken per day.
 *
 * <ul>
 *   <li>{@code boundary}: {@link care.lantern.screening.boundary.ScreeningDesk}, the one entry
 *       point: score a screening, keep it, recall it, say which crisis resources come first, share
 *       it with an appointment. What to book next is routing's ({@code referral}).
 *   <li>{@code entity}: the {@link care.lantern.screening.entity.Instrument instruments} with their
 *       published wording (resource bundle {@code care/lantern/screening/instruments.properties}),
 *       {@link care.lantern.screening.entity.Severity severity bands}, the {@link
 *       care.lantern.screening.entity.ScreeningOutcome outcome} of one screening, the {@link
 *       care.lantern.screening.entity.CrisisResource crisis resources} shown with it and the {@link
 *       care.lantern.screening.entity.ScreeningRecord record} of a shared screening.
 *   <li>{@code control}: {@link care.lantern.screening.control.ScreeningIntake}, which checks a
 *       screening as sent and has {@link care.lantern.screening.control.ScreeningScorer} score it
 *       with one scoring class per instrument; {@link
 *       care.lantern.screening.control.CrisisResources}; the two-hour cache {@link
 *       care.lantern.screening.control.RecentScreenings} and the daily {@link
 *       care.lantern.screening.control.ScreeningTally}.
 * </ul>
 *
 * <p>May call: platform, directory.
 */
package care.lantern.screening;
