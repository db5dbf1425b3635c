package care.lantern.referral.control;

import care.lantern.referral.entity.Recommendation;
import care.lantern.referral.entity.RoutingInput;
import care.lantern.screening.control.CrisisResources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which visits to suggest, in order, from what is known about a person. The rules are one table,
 * read top to bottom: every row whose condition holds adds its recommendation, unless an earlier
 * row already suggested the same treatment. So an urgent consultation replaces the ordinary one,
 * and a preference for no medication keeps the drug-based treatments off the list.
 *
 * <p>"Treatment-resistant pattern" means a PHQ-9 of 10 or more (moderate or worse) after two or
 * more antidepressants that did not help enough: the point at which TMS and esketamine (Spravato)
 * are commonly considered. It is a routing heuristic, not a diagnosis; the consultation decides.
 */
public class RoutingRules {

  public static final String CONSULTATION = "CONSULTATION";
  public static final String TMS = "TMS";
  public static final String SPRAVATO = "SPRAVATO";
  public static final String KETAMINE_IV = "KETAMINE_IV";

  static final int MODERATE_DEPRESSION_FROM = 10;
  static final int ANTIDEPRESSANT_TRIALS_FOR_ADVANCED_CARE = 2;

  private record Rule(Predicate<RoutingInput> when, Recommendation then) {}

  private static final Predicate<RoutingInput> URGENT = RoutingInput::needsUrgentCare;
  private static final Predicate<RoutingInput> TREATMENT_RESISTANT_PATTERN =
      input ->
          input.depressionScore().filter(score -> score >= MODERATE_DEPRESSION_FROM).isPresent()
              && input.priorAntidepressantTrials() >= ANTIDEPRESSANT_TRIALS_FOR_ADVANCED_CARE;
  private static final Predicate<RoutingInput> NO_MEDICATION = RoutingInput::prefersNonMedication;
  private static final Predicate<RoutingInput> ALWAYS = input -> true;

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              URGENT,
              new Recommendation(
                  CONSULTATION,
                  "Please talk with a clinician soon: we suggest the earliest available visit, in"
                      + " person or by telehealth. "
                      + CrisisResources.IN_ONE_SENTENCE)),
          new Rule(
              TREATMENT_RESISTANT_PATTERN.and(NO_MEDICATION),
              new Recommendation(
                  TMS,
                  "You would rather not take medication. TMS (transcranial magnetic stimulation)"
                      + " uses magnetic pulses and no medicine, and is often considered when two or"
                      + " more antidepressants have not helped enough. A clinician checks whether"
                      + " it suits you.")),
          new Rule(
              TREATMENT_RESISTANT_PATTERN,
              new Recommendation(
                  TMS,
                  "Your PHQ-9 score shows moderate or stronger symptoms of depression after two or more"
                      + " antidepressants. TMS (transcranial magnetic stimulation) is a treatment"
                      + " without medicine that is often considered at this point. A clinician"
                      + " checks whether it suits you.")),
          new Rule(
              TREATMENT_RESISTANT_PATTERN.and(NO_MEDICATION.negate()),
              new Recommendation(
                  SPRAVATO,
                  "Spravato (esketamine) is a nasal spray for depression when two or more"
                      + " antidepressants have not helped enough. It is given at a"
                      + " certified clinic, where you stay for at least two hours afterwards.")),
          new Rule(
              TREATMENT_RESISTANT_PATTERN.and(NO_MEDICATION.negate()),
              new Recommendation(
                  KETAMINE_IV,
                  "Ketamine infusions are offered by some clinics when other treatments have not"
                      + " helped enough. They are not FDA-approved for depression, so a clinician"
                      + " talks through the benefits and risks with you.")),
          new Rule(
              TREATMENT_RESISTANT_PATTERN,
              new Recommendation(
                  CONSULTATION,
                  "A psychiatric evaluation looks at your history and helps you and a clinician"
                      + " choose among these options.")),
          new Rule(
              ALWAYS,
              new Recommendation(
                  CONSULTATION,
                  "A psychiatric evaluation is a good next step: a clinician talks through your"
                      + " results with you and explains your options.")));

  /** The suggested visits, most important first; always at least a consultation. */
  public List<Recommendation> recommend(RoutingInput input) {
    Map<String, Recommendation> byTreatment = new LinkedHashMap<>();
    RULES.stream()
        .filter(rule -> rule.when().test(input))
        .map(Rule::then)
        .forEach(
            recommendation ->
                byTreatment.putIfAbsent(recommendation.treatmentCode(), recommendation));
    return List.copyOf(byTreatment.values());
  }
}
