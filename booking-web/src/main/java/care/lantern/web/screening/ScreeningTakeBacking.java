package care.lantern.web.screening;

import care.lantern.directory.boundary.ReferenceData;
import care.lantern.directory.entity.Payer;
import care.lantern.platform.entity.InvalidInputException;
import care.lantern.referral.boundary.ScreeningFollowUp;
import care.lantern.referral.entity.ScreeningResult;
import care.lantern.screening.entity.Instrument;
import care.lantern.screening.entity.ScreeningRequest;
import care.lantern.web.screening.FormProblems.FormProblem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
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
 */
@Named
@RequestScoped
public class ScreeningTakeBacking {

  static final String EXPOSED = "yes";
  private static final String RESULT = "/screening/result?faces-redirect=true&id=";
  private static final int MOST_TRIALS_LISTED = 5;

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
      FormProblems.show(context, invalid);
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

  public List<FormProblem> getProblems() {
    return FormProblems.of(context);
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
