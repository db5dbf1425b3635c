package care.lantern.web.clinic;

import care.lantern.directory.boundary.ReferenceData;
import care.lantern.platform.entity.Choice;
import care.lantern.referral.boundary.ReferralInbox;
import care.lantern.referral.entity.AlreadyDeclinedException;
import care.lantern.referral.entity.ReferralChangedMeanwhileException;
import care.lantern.referral.entity.ReferralDetail;
import care.lantern.referral.entity.ReferralDetail.FreeTime;
import care.lantern.referral.entity.ReferralNotChangeableException;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.InvalidBookingException;
import care.lantern.scheduling.entity.SlotUnavailableException;
import care.lantern.staff.entity.InvalidStaffInputException;
import care.lantern.web.book.ClinicClock;
import care.lantern.web.book.FormErrors;
import care.lantern.web.book.Ids;
import care.lantern.web.providers.ClinicTime;
import care.lantern.web.providers.CodeNames;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.util.Faces;

/**
 * One referral in the clinic's inbox ({@code /clinic/referral.xhtml?id=...&clinic=...}): what the
 * referrer sent, its history, and, while it awaits an answer, accepting it into one of the matched
 * providers' free consultations, or declining it with a reason the referrer reads. After an answer
 * the page is shown again by GET with {@code done} saying what happened.
 */
@Named
@ViewScoped
public class ReferralBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The slot picker's radio buttons share this request parameter, the mode's theirs. */
  static final String SLOT_PARAMETER = "slot";

  static final String MODE_PARAMETER = "mode";

  @Inject private ReferralInbox inbox;

  @Inject private ReferenceData referenceData;

  private String id;
  private String clinic;
  private String done;

  /**
   * Read anew when the view comes back without it: it holds optional values, which do not
   * serialize, and another node may take the session (and this view) over.
   */
  private transient ReferralDetail referral;

  private List<Day> days = List.of();
  private String mode = AppointmentMode.IN_PERSON.name();
  private Long chosenSlot;
  private String reason;
  private String problem;
  private final FormErrors acceptErrors =
      new FormErrors("patient.", Set.of("slotId", "mode"), "acceptHeading");
  private final FormErrors declineErrors = new FormErrors("", Set.of("reason"), "declineHeading");

  /** One clinic day of the slot picker and its free times. */
  public record Day(String heading, List<Time> times) implements Serializable {}

  /** A free time: "9:00 AM EST", with whom and in which modes. */
  public record Time(long slotId, String label, String provider, List<AppointmentMode> modes)
      implements Serializable {}

  public void load() {
    referral = inbox.referral(id, Ids.parse(clinic));
    referral.preferredMode().ifPresent(preferred -> mode = preferred.name());
    days = days(referral);
  }

  public void accept() {
    acceptErrors.clear();
    problem = null;
    chosenSlot = Ids.parse(Faces.getRequestParameter(SLOT_PARAMETER)).orElse(null);
    mode = Optional.ofNullable(Faces.getRequestParameter(MODE_PARAMETER)).orElse("");
    try {
      inbox.accept(id, clinicId(), chosenSlot, Choice.read(mode, AppointmentMode.class));
      answered("accepted");
    } catch (InvalidBookingException invalid) {
      acceptErrors.addAll(invalid.errors());
    } catch (SlotUnavailableException taken) {
      problem = "taken";
      reload();
    } catch (ReferralNotChangeableException | ReferralChangedMeanwhileException answered) {
      problem = "answered";
      reload();
    }
  }

  public void decline() {
    declineErrors.clear();
    problem = null;
    try {
      boolean closed = inbox.decline(id, clinicId(), reason);
      answered(closed ? "closed" : "declined");
    } catch (InvalidStaffInputException invalid) {
      declineErrors.addAll(invalid.errors());
    } catch (AlreadyDeclinedException twice) {
      problem = "declinedBefore";
      reload();
    } catch (ReferralNotChangeableException | ReferralChangedMeanwhileException answered) {
      problem = "answered";
      reload();
    }
  }

  /**
   * The clinic the page is about. Actions go by the address's id and clinic, as a link would, so
   * that the boundary checks whatever a request names, however it was made.
   */
  private long clinicId() {
    return Ids.parse(clinic).orElse(getReferral().clinic().id());
  }

  private void answered(String what) {
    Faces.redirect(
        "clinic/referral.xhtml?id=%s&clinic=%s&done=%s", id, String.valueOf(clinicId()), what);
  }

  private void reload() {
    referral = inbox.referral(id, Optional.of(clinicId()));
    days = days(referral);
    chosenSlot = null;
  }

  private static List<Day> days(ReferralDetail referral) {
    ClinicClock clock = new ClinicClock(referral.clinic().timezone(), Faces.getLocale());
    Map<LocalDate, List<Time>> byDay = new LinkedHashMap<>();
    Map<LocalDate, String> headings = new LinkedHashMap<>();
    for (FreeTime time : referral.freeTimes()) {
      LocalDate date = clock.localDate(time.start());
      headings.putIfAbsent(date, clock.day(time.start()));
      String provider =
          time.providerCredentials() == null || time.providerCredentials().isBlank()
              ? time.providerName()
              : time.providerName() + ", " + time.providerCredentials();
      byDay
          .computeIfAbsent(date, d -> new ArrayList<>())
          .add(new Time(time.slotId(), clock.time(time.start()), provider, time.modes()));
    }
    return byDay.entrySet().stream()
        .map(e -> new Day(headings.get(e.getKey()), List.copyOf(e.getValue())))
        .toList();
  }

  public ReferralDetail getReferral() {
    if (referral == null && id != null) {
      referral = inbox.referral(id, Ids.parse(clinic));
    }
    return referral;
  }

  public ClinicTime at(Instant instant) {
    return ClinicTime.of(instant, getReferral().clinic().timezone());
  }

  /** "TMS, Spravato (esketamine)". */
  public String treatmentNames(List<String> codes) {
    return joined(names().treatments(codes));
  }

  public String joined(List<String> values) {
    return String.join(", ", values);
  }

  public String getPayerName() {
    return names().payers(List.of(getReferral().payerCode())).get(0);
  }

  private CodeNames names() {
    return CodeNames.of(referenceData.treatments(), referenceData.payers());
  }

  public List<Day> getDays() {
    return days;
  }

  public String getZoneName() {
    return ClinicTime.zoneName(getReferral().clinic().timezone());
  }

  public boolean isChosen(long slotId) {
    return chosenSlot != null && chosenSlot == slotId;
  }

  public String getSlotParameter() {
    return SLOT_PARAMETER;
  }

  public String getModeParameter() {
    return MODE_PARAMETER;
  }

  public List<AppointmentMode> getModes() {
    return List.of(AppointmentMode.values());
  }

  public boolean isModeChosen(AppointmentMode candidate) {
    return candidate.name().equals(mode);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getProblem() {
    return problem;
  }

  public FormErrors getAcceptErrors() {
    return acceptErrors;
  }

  public FormErrors getDeclineErrors() {
    return declineErrors;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getClinic() {
    return clinic;
  }

  public void setClinic(String clinic) {
    this.clinic = clinic;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }
}
