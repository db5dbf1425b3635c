/**
 * Screenings: the short, validated questionnaires a person can fill in before booking (PHQ-9 for
 * depression, GAD-7 for anxiety, PC-PTSD-5 for post-traumatic stress), their scoring, and the
 * safety flag raised when an answer signals a risk of self-harm.
 *
 * <p>A screening is not a diagnosis: it says how much a person is bothered by certain problems and
 * whether a clinician should take a closer look. Everything here is pure logic with no state, so it
 * can be scored the same way from the patient pages, the public API and the tests.
 *
 * <ul>
 *   <li>{@code entity}: the {@link care.lantern.screening.entity.Instrument instruments} with their
 *       published wording (resource bundle {@code care/lantern/screening/instruments.properties}),
 *       {@link care.lantern.screening.entity.Severity severity bands}, the {@link
 *       care.lantern.screening.entity.ScreeningOutcome outcome} of one screening and the {@link
 *       care.lantern.screening.entity.CrisisResource crisis resources} shown with it.
 *   <li>{@code control}: {@link care.lantern.screening.control.ScreeningScorer}, which validates
 *       answers and hands them to one scoring class per instrument, and {@link
 *       care.lantern.screening.control.CrisisResources}.
 * </ul>
 */
package care.lantern.screening;
