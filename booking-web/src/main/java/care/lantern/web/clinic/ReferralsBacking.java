package care.lantern.web.clinic;

import care.lantern.directory.boundary.ReferenceData;
import care.lantern.directory.entity.ClinicSummary;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.platform.entity.ResultPage;
import care.lantern.referral.boundary.ReferralInbox;
import care.lantern.referral.entity.InboxEntry;
import care.lantern.referral.entity.ReferralStatus;
import care.lantern.web.book.Ids;
import care.lantern.web.providers.ClinicTime;
import care.lantern.web.providers.CodeNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * A clinic's referral inbox ({@code /clinic/referrals.xhtml?clinic=ID&status=...}): urgent first,
 * then newest. Without {@code status} it shows the referrals awaiting the clinic's answer; {@code
 * status=ALL} shows every one. Without {@code clinic} it opens the caller's first clinic.
 */
@Named
@RequestScoped
public class ReferralsBacking {

  /** The filter value for every referral of the clinic. */
  static final String ALL = "ALL";

  /** One referral as a row shows it, its reception time on the clinic's clock. */
  public record Row(InboxEntry entry, ClinicTime received, String treatments) {}

  @Inject private ReferralInbox inbox;

  @Inject private PortalSession session;

  @Inject private ReferenceData referenceData;

  private String clinic;
  private String status;
  private int page;

  private ClinicSummary shown;
  private ResultPage<InboxEntry> entries;
  private List<Row> rows = List.of();

  public void load() {
    shown = clinicShown(session, clinic);
    Optional<ReferralStatus> filter = filter(status);
    entries = inbox.inbox(shown.id(), filter, page);
    CodeNames names = CodeNames.of(referenceData.treatments(), referenceData.payers());
    rows =
        entries.items().stream()
            .map(
                entry ->
                    new Row(
                        entry,
                        ClinicTime.of(entry.receivedAt(), shown.timezone()),
                        String.join(", ", names.treatments(entry.requestedTreatments()))))
            .toList();
  }

  /**
   * The clinic a portal page shows: the one asked for, which the boundary checks is the caller's,
   * or the caller's first. Anything that is not an id leads nowhere.
   */
  static ClinicSummary clinicShown(PortalSession session, String clinic) {
    List<ClinicSummary> mine = session.getClinics();
    if (clinic == null || clinic.isBlank()) {
      return mine.stream().findFirst().orElseThrow(() -> new NotFoundException("Clinic"));
    }
    long id = Ids.parse(clinic).orElseThrow(() -> new NotFoundException("Clinic"));
    return mine.stream()
        .filter(c -> c.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Clinic"));
  }

  /** Awaiting an answer unless another status, or all, is asked for. */
  static Optional<ReferralStatus> filter(String status) {
    if (status == null || status.isBlank()) {
      return Optional.of(ReferralStatus.ROUTED);
    }
    if (ALL.equalsIgnoreCase(status.trim())) {
      return Optional.empty();
    }
    try {
      return Optional.of(ReferralStatus.valueOf(status.trim().toUpperCase()));
    } catch (IllegalArgumentException unknown) {
      return Optional.of(ReferralStatus.ROUTED);
    }
  }

  /** The statuses a clinic can filter by, in the order the filter lists them. */
  public List<String> getStatuses() {
    return List.of(
        ReferralStatus.ROUTED.name(),
        ReferralStatus.SCHEDULED.name(),
        ReferralStatus.COMPLETED.name(),
        ReferralStatus.NO_SHOW.name(),
        ReferralStatus.CANCELLED.name(),
        ReferralStatus.DECLINED.name(),
        ALL);
  }

  /** The filter as applied, for the select and the caption. */
  public String getSelectedStatus() {
    return filter(status).map(Enum::name).orElse(ALL);
  }

  public ClinicSummary getShown() {
    return shown;
  }

  public List<Row> getRows() {
    return rows;
  }

  /** The page as read: its {@code total} and whether it {@code hasNext()}. */
  public ResultPage<InboxEntry> getEntries() {
    return entries;
  }

  public String getClinic() {
    return clinic;
  }

  public void setClinic(String clinic) {
    this.clinic = clinic;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }
}
