package care.lantern.screening.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scored screening as it is kept, for two hours and in memory only, so that its result can be
 * shown again and, if the person agrees when booking, shared with the clinic. It holds only what
 * the person entered and what scoring made of it. The cache keeps it as JSON text, not as this
 * object ({@code care.lantern.screening.control.RecentScreenings}); nullable fields instead of
 * {@code Optional} keep that text plain; the accessors that matter answer with {@code Optional}.
 *
 * @param traumaExposure PC-PTSD-5 only (null otherwise): the answer to the entry question
 * @param zip where to look for providers, or null
 * @param payer payer code to filter providers by, or null
 */
public record TakenScreening(
    String id,
    Instant takenAt,
    List<Integer> answers,
    Boolean traumaExposure,
    String zip,
    String payer,
    int priorAntidepressantTrials,
    boolean prefersNonMedication,
    ScreeningOutcome outcome) {

  public TakenScreening {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(takenAt, "takenAt");
    Objects.requireNonNull(outcome, "outcome");
    answers = List.copyOf(answers);
  }

  public Instrument instrument() {
    return outcome.instrument();
  }

  public Optional<String> nearZip() {
    return Optional.ofNullable(zip);
  }

  public Optional<String> payerCode() {
    return Optional.ofNullable(payer);
  }
}
