package care.lantern.referral.control;

import care.lantern.referral.entity.Recommendation;
import care.lantern.referral.entity.ReferralMatch;
import care.lantern.referral.entity.ReferralMatch.OfferedSlot;
import care.lantern.referral.entity.ReferralRequest;
import care.lantern.referral.entity.RoutingInput;
import care.lantern.referral.entity.Urgency;
import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.SlotView;
import care.lantern.search.boundary.ProviderDirectory;
import care.lantern.search.entity.ProviderSummary;
import care.lantern.search.entity.SearchCriteria;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Routes a referral the way a screening is routed: the {@link RoutingRules} decide which of the
 * requested treatments are indicated (a consultation always is), and the directory finds, for each,
 * providers accepting new patients who take the patient's payer for that treatment, soonest first:
 * within 25 miles of the patient's ZIP, widened to 100 miles when nobody is that close.
 *
 * <p>An urgent referral is offered telehealth as well as in-person times whatever the preferred
 * mode, because the earliest visit matters more than its form.
 */
@Stateless
public class ReferralRouter {

  static final int NEAR_MILES = 25;
  static final int WIDENED_MILES = 100;
  static final int MATCHES_PER_TREATMENT = 5;
  static final int SLOTS_PER_MATCH = 5;
  static final int DAYS_AHEAD = 14;

  @Inject private ProviderDirectory directory;

  @Inject private AppointmentBook book;

  @Inject private Clock clock;

  private final RoutingRules rules = new RoutingRules();

  /** What routing found, and a note for the history. */
  public record Routing(List<ReferralMatch> matches, String note) {}

  public Routing route(ReferralRequest.Valid referral) {
    List<String> treatments = treatmentsFor(referral);
    List<ReferralMatch> matches = new ArrayList<>();
    for (String treatment : treatments) {
      for (ProviderSummary provider : providers(referral, treatment)) {
        List<SlotView> slots = nextSlots(referral, treatment, provider);
        if (slots.isEmpty()) {
          matches.add(match(treatment, provider, Optional.empty()));
        }
        slots.forEach(
            slot ->
                matches.add(
                    match(
                        treatment,
                        provider,
                        Optional.of(
                            new OfferedSlot(slot.id(), slot.start(), slot.end(), slot.mode())))));
      }
    }
    return new Routing(matches, note(referral, treatments, matches));
  }

  /**
   * The requested treatments the rules indicate, in the order requested; a consultation when none
   * is (every treatment starts with one).
   */
  List<String> treatmentsFor(ReferralRequest.Valid referral) {
    RoutingInput input =
        new RoutingInput(
            Optional.empty(),
            referral.phq9Score(),
            referral.priorAntidepressantTrials().orElse(0),
            false,
            referral.urgency() == Urgency.URGENT);
    Set<String> indicated =
        rules.recommend(input).stream()
            .map(Recommendation::treatmentCode)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    List<String> routed =
        referral.requestedTreatments().stream().filter(indicated::contains).toList();
    return routed.isEmpty() ? List.of(RoutingRules.CONSULTATION) : routed;
  }

  private List<ProviderSummary> providers(ReferralRequest.Valid referral, String treatment) {
    List<ProviderSummary> near = search(referral, treatment, NEAR_MILES);
    return near.isEmpty() ? search(referral, treatment, WIDENED_MILES) : near;
  }

  private List<ProviderSummary> search(
      ReferralRequest.Valid referral, String treatment, int radius) {
    boolean telehealthOnly =
        referral.urgency() == Urgency.ROUTINE
            && referral.preferredMode().filter(m -> m == AppointmentMode.TELEHEALTH).isPresent();
    return directory
        .search(
            new SearchCriteria.Input(
                referral.patient().getZip(),
                radius,
                treatment,
                referral.payer(),
                telehealthOnly ? Boolean.TRUE : null,
                null,
                Boolean.TRUE,
                "soonest",
                0,
                MATCHES_PER_TREATMENT))
        .items();
  }

  private List<SlotView> nextSlots(
      ReferralRequest.Valid referral, String treatment, ProviderSummary provider) {
    Optional<AppointmentMode> mode =
        referral.urgency() == Urgency.URGENT ? Optional.empty() : referral.preferredMode();
    LocalDate today = LocalDate.now(clock);
    Set<Long> seen = new LinkedHashSet<>();
    return book
        .freeSlots(
            provider.id(),
            Optional.of(today),
            Optional.of(today.plusDays(DAYS_AHEAD - 1L)),
            Optional.of(treatment),
            mode)
        .stream()
        .filter(slot -> slot.clinicId() == provider.clinic().id())
        .filter(slot -> seen.add(slot.id()))
        .limit(SLOTS_PER_MATCH)
        .toList();
  }

  private static ReferralMatch match(
      String treatment, ProviderSummary provider, Optional<OfferedSlot> slot) {
    return new ReferralMatch(
        treatment, provider.id(), provider.clinic().id(), provider.distanceMiles(), slot);
  }

  private static String note(
      ReferralRequest.Valid referral, List<String> treatments, List<ReferralMatch> matches) {
    long providers =
        matches.stream()
            .map(m -> m.getTreatmentCode() + "/" + m.getProviderId())
            .distinct()
            .count();
    String routedTo = String.join(", ", treatments);
    String note =
        providers == 0
            ? "No provider near the patient takes " + referral.payer() + " for " + routedTo + "."
            : providers + " matching provider(s) for " + routedTo + ".";
    if (!treatments.containsAll(referral.requestedTreatments())) {
      note +=
          " Not routed to "
              + referral.requestedTreatments().stream()
                  .filter(t -> !treatments.contains(t))
                  .collect(Collectors.joining(", "))
              + ": the PHQ-9 score and prior antidepressant trials given do not indicate it;"
              + " the consultation decides.";
    }
    return note;
  }
}
