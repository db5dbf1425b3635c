package care.lantern.web.screening;

import care.lantern.directory.boundary.ReferenceData;
import care.lantern.directory.entity.Payer;
import care.lantern.platform.entity.InvalidInputException;
import care.lantern.referral.boundary.ScreeningFollowUp;
import care.lantern.referral.entity.ScreeningResult;
import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.ScreeningRequest;
import care.lantern.web.book.FormErrors;
import care.lantern.web.book.FormErrors.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.html.HtmlSelectOneRadio;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.omnifaces.cdi.Param;

/**
 * {@code /screening/take.xhtml?instrument=PHQ9}: one accessible form with every question of a quiz,
 * plus what routing needs (ZIP, insurance, for the PHQ-9 antidepressants tried and a wish for
 * treatment without medication). The PC-PTSD-5 first asks only its trauma-exposure question; its
 * items follow on {@code &exposure=yes}, while a "no" goes straight to the result.
 *
 * <p>Request scoped: everything the page needs comes from its query string, which the form posts
 * back to, so nothing about the person stays on the server between requests.
 *
 * <p>Two kinds of problem reach the error summary: the page's own checks (an unanswered question, a
 * ZIP code that is not 5 digits), which JSF shows next to their inputs before the form is
 * submitted, and the screening component's field errors, placed by {@link FormErrors} like on every
 * other form.
 */
@Named
@RequestScoped
public class ScreeningTakeBacking {

  static final String EXPOSED = "yes";
  private static final String RESULT = "/screening/result?faces-redirect=true&id=";
  private static final int MOST_TRIALS_LISTED = 5;

  /** The inputs named like the fields they edit; other fields' errors point at the whole form. */
  private static final Set<String> INPUTS = Set.of("zip", "payer", "priorAntidepressantTrials");

  @Inject private ScreeningFollowUp followUp;

  @Inject private ReferenceData referenceData;

  @Inject private FacesContext context;

  @Inject
  @Param(name = "instrument")
  private String instrumentCode;

  @Inject
  @Param(name = "exposure")
  private String exposure;

  private Instrument instrument;
  private List<Question> questions;
  private List<Payer> payers;

  private Boolean traumaExposure;
  private String zip;
  private String payer;
  private Integer priorAntidepressantTrials;
  private boolean prefersNonMedication;

  private final FormErrors errors = new FormErrors("", INPUTS, "take");

  @PostConstruct
  void load() {
    instrument = Instrument.find(instrumentCode).orElse(null);
    questions =
        instrument == null
            ? List.of()
            : IntStream.rangeClosed(1, instrument.itemCount())
                .mapToObj(number -> new Question(number, instrument.itemKey(number)))
                .toList();
    payers = referenceData.payers();
  }

  /** After the PC-PTSD-5 exposure question: its items on "yes", the result on "no". */
  public String answerExposure() {
    if (Boolean.TRUE.equals(traumaExposure)) {
      return "/screening/take?faces-redirect=true&instrument="
          + instrument.name()
          + "&exposure="
          + EXPOSED;
    }
    return take(new ScreeningRequest(instrument.name(), List.of(), null, null, null, null, false));
  }

  public String submit() {
    return take(
        new ScreeningRequest(
            instrument.name(),
            questions.stream().map(Question::getAnswer).toList(),
            zip,
            payer,
            priorAntidepressantTrials,
            prefersNonMedication,
            instrument == Instrument.PCPTSD5 ? Boolean.TRUE : null));
  }

  private String take(ScreeningRequest request) {
    try {
      ScreeningResult result = followUp.take(request);
      return RESULT + result.id();
    } catch (InvalidInputException invalid) {
      errors.addAll(invalid.errors());
      return null;
    }
  }

  public boolean isFound() {
    return instrument != null;
  }

  /** The PC-PTSD-5's first step: only the trauma-exposure question. */
  public boolean isExposureStep() {
    return instrument == Instrument.PCPTSD5 && !EXPOSED.equals(exposure);
  }

  /** The PC-PTSD-5's second step, after a "yes" to the exposure question. */
  public boolean isAfterExposure() {
    return instrument == Instrument.PCPTSD5 && EXPOSED.equals(exposure);
  }

  /** Antidepressants tried and a wish for no medication route only a PHQ-9 (depression). */
  public boolean isAsksAboutTreatment() {
    return instrument == Instrument.PHQ9;
  }

  public Instrument getInstrument() {
    return instrument;
  }

  public List<Question> getQuestions() {
    return questions;
  }

  /** The answer values every item offers, lowest first. */
  public List<Integer> getOptions() {
    return IntStream.rangeClosed(instrument.minAnswer(), instrument.maxAnswer()).boxed().toList();
  }

  public String getExposureKey() {
    return instrument.exposureKey().orElse(null);
  }

  public String getExposureIntroKey() {
    return instrument.exposureIntroKey().orElse(null);
  }

  public List<String> getExposureExampleKeys() {
    return instrument.exposureExampleKeys();
  }

  public List<Payer> getPayers() {
    return payers;
  }

  /** 0 to 5, the last meaning "5 or more". */
  public List<Integer> getTrialCounts() {
    return IntStream.rangeClosed(0, MOST_TRIALS_LISTED).boxed().toList();
  }

  public int getMostTrialsListed() {
    return MOST_TRIALS_LISTED;
  }

  /** The summary: the page's own checks in page order first, then the screening's field errors. */
  public List<Problem> getProblems() {
    List<Problem> problems = new ArrayList<>();
    Iterator<String> clientIds = context.getClientIdsWithMessages();
    while (clientIds.hasNext()) {
      String clientId = clientIds.next();
      String anchor = clientId == null ? null : anchorOf(clientId);
      context
          .getMessageList(clientId)
          .forEach(message -> problems.add(new Problem(anchor, message.getSummary())));
    }
    problems.addAll(errors.getProblems());
    return problems;
  }

  /** A radio group has no element of its own to focus: its first option stands for it. */
  private String anchorOf(String clientId) {
    String[] anchor = {clientId};
    context
        .getViewRoot()
        .invokeOnComponent(
            context,
            clientId,
            (callbackContext, component) -> {
              if (component instanceof HtmlSelectOneRadio) {
                anchor[0] = clientId + UINamingContainer.getSeparatorChar(context) + "0";
              }
            });
    return anchor[0];
  }

  public FormErrors getErrors() {
    return errors;
  }

  public Boolean getTraumaExposure() {
    return traumaExposure;
  }

  public void setTraumaExposure(Boolean traumaExposure) {
    this.traumaExposure = traumaExposure;
  }

  public String getZip() {
    return zip;
  }

  public void setZip(String zip) {
    this.zip = zip;
  }

  public String getPayer() {
    return payer;
  }

  public void setPayer(String payer) {
    this.payer = payer;
  }

  public Integer getPriorAntidepressantTrials() {
    return priorAntidepressantTrials;
  }

  public void setPriorAntidepressantTrials(Integer priorAntidepressantTrials) {
    this.priorAntidepressantTrials = priorAntidepressantTrials;
  }

  public boolean isPrefersNonMedication() {
    return prefersNonMedication;
  }

  public void setPrefersNonMedication(boolean prefersNonMedication) {
    this.prefersNonMedication = prefersNonMedication;
  }
}
