package care.lantern.web.screening;

import care.lantern.directory.boundary.ReferenceData;
import care.lantern.directory.entity.Treatment;
import care.lantern.referral.boundary.ScreeningFollowUp;
import care.lantern.referral.entity.ScreeningRecommendation;
import care.lantern.referral.entity.ScreeningResult;
import care.lantern.screening.entity.CrisisResource;
import care.lantern.screening.entity.ScreeningOutcome;
import care.lantern.search.entity.ProviderSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Param;

/**
 * {@code /screening/result.xhtml?id=...}: a screening's result, read again by its id while it is
 * kept (two hours). Crisis lines first when it is urgent, then the score in plain words, then the
 * suggested visits with providers to book.
 */
@Named
@RequestScoped
public class ScreeningResultBacking {

  /** The clinic's local time, with its zone's abbreviation so nobody misreads it. */
  private static final DateTimeFormatter NEXT_AVAILABLE =
      DateTimeFormatter.ofPattern("EEE, MMM d, h:mm a z", Locale.US);

  /**
   * A crisis line as links: {@code callHref} and {@code textHref} are null when the line does not
   * take calls or texts. JavaBeans rather than records for the pages' expression language.
   */
  public static final class CrisisLine {
    private final CrisisResource resource;

    CrisisLine(CrisisResource resource) {
      this.resource = resource;
    }

    public String getName() {
      return resource.name();
    }

    public String getAction() {
      return resource.action();
    }

    public String getContact() {
      return resource.contact();
    }

    public String getCallHref() {
      return resource.call() ? "tel:" + resource.contact() : null;
    }

    public String getTextHref() {
      return resource.text() ? "sms:" + resource.contact() : null;
    }

    public String getUrl() {
      return resource.url().orElse(null);
    }
  }

  /** A provider to book, with the next free consultation in the clinic's time zone, if any. */
  public static final class NearbyProvider {
    private final ProviderSummary provider;
    private final ZonedDateTime nextAvailable;

    NearbyProvider(ProviderSummary provider) {
      this.provider = provider;
      this.nextAvailable =
          provider
              .nextAvailable()
              .map(start -> start.atZone(provider.clinic().timezone()))
              .orElse(null);
    }

    public long getId() {
      return provider.id();
    }

    public long getClinicId() {
      return provider.clinic().id();
    }

    public String getName() {
      return provider.name();
    }

    public String getCredentials() {
      return provider.credentials();
    }

    public String getClinicName() {
      return provider.clinic().name();
    }

    public String getAddress() {
      return provider.clinic().address();
    }

    public String getCity() {
      return provider.clinic().city();
    }

    public String getState() {
      return provider.clinic().state();
    }

    public double getDistanceMiles() {
      return provider.distanceMiles();
    }

    public boolean isTelehealth() {
      return provider.telehealth();
    }

    /** E.g. "Mon, Nov 23, 8:00 AM EST"; null when no consultation is open. */
    public String getNextAvailableText() {
      return nextAvailable == null ? null : NEXT_AVAILABLE.format(nextAvailable);
    }

    /** ISO-8601 with the clinic's offset, for a {@code <time datetime>}; null when none. */
    public String getNextAvailableIso() {
      return nextAvailable == null ? null : nextAvailable.toOffsetDateTime().toString();
    }
  }

  /** A suggested visit by its name, why, and who offers it nearby. */
  public static final class SuggestedVisit {
    private final ScreeningRecommendation recommendation;
    private final String treatmentName;
    private final List<NearbyProvider> providers;

    SuggestedVisit(ScreeningRecommendation recommendation, String treatmentName) {
      this.recommendation = recommendation;
      this.treatmentName = treatmentName;
      this.providers = recommendation.providers().stream().map(NearbyProvider::new).toList();
    }

    public String getTreatment() {
      return recommendation.treatment();
    }

    public String getTreatmentName() {
      return treatmentName;
    }

    public String getReason() {
      return recommendation.reason();
    }

    public List<NearbyProvider> getProviders() {
      return providers;
    }
  }

  @Inject private ScreeningFollowUp followUp;

  @Inject private ReferenceData referenceData;

  @Inject
  @Param(name = "id")
  private String id;

  private ScreeningResult result;
  private List<SuggestedVisit> visits;
  private List<CrisisLine> crisisLines;

  @PostConstruct
  void load() {
    result = followUp.findResult(id).orElse(null);
    if (result == null) {
      visits = List.of();
      crisisLines = List.of();
      return;
    }
    Map<String, String> treatmentNames =
        referenceData.treatments().stream()
            .collect(Collectors.toMap(Treatment::getCode, Treatment::getName));
    visits =
        result.recommendations().stream()
            .map(recommendation -> visit(recommendation, treatmentNames))
            .toList();
    crisisLines = result.crisisResources().stream().map(CrisisLine::new).toList();
  }

  private static SuggestedVisit visit(
      ScreeningRecommendation recommendation, Map<String, String> treatmentNames) {
    return new SuggestedVisit(
        recommendation,
        treatmentNames.getOrDefault(recommendation.treatment(), recommendation.treatment()));
  }

  public boolean isFound() {
    return result != null;
  }

  public String getId() {
    return result.id();
  }

  /** The instrument's short name, e.g. "PHQ-9". */
  public String getInstrumentLabel() {
    return result.outcome().instrument().label();
  }

  public int getScore() {
    return result.outcome().score();
  }

  public int getMaxScore() {
    return result.outcome().maxScore();
  }

  public List<String> getNotes() {
    return result.outcome().notes();
  }

  public boolean isUrgent() {
    return result != null && result.outcome().urgent();
  }

  /**
   * The message key of the severity in plain words, e.g. {@code
   * screeningResult.severity.PHQ9.MILD}.
   */
  public String getSeverityKey() {
    ScreeningOutcome outcome = result.outcome();
    return "screeningResult.severity."
        + outcome.instrument().name()
        + "."
        + outcome.severity().name();
  }

  public List<CrisisLine> getCrisisLines() {
    return crisisLines;
  }

  public List<SuggestedVisit> getVisits() {
    return visits;
  }
}
