package care.lantern.web.clinic;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.scheduling.boundary.CalendarFeeds;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.IssuedFeed;
import care.lantern.web.book.Ids;
import care.lantern.web.providers.ClinicTime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * A clinic's calendar feeds ({@code /clinic/feeds.xhtml?clinic=ID}): per provider, a link to
 * subscribe to from Google Calendar or Outlook. A new link is shown once, in the answer to the POST
 * that issued it, and never put in an address (where history and logs would keep it).
 */
@Named
@ViewScoped
public class FeedsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * A provider's row, with when their link was last issued on the clinic's clock (null if never):
   * plain values, as the view keeps it in the session.
   */
  public record Row(long providerId, String name, String credentials, ClinicTime issued)
      implements Serializable {}

  /** The link just issued, for the provider it belongs to. */
  public record Issued(long providerId, String providerName, String url, String webcalUrl)
      implements Serializable {}

  @Inject private CalendarFeeds feeds;

  @Inject private PortalSession session;

  private String clinic;
  private ClinicSummary shown;
  private List<Row> rows = List.of();
  private Issued issued;

  public void load() {
    shown = ReferralsBacking.clinicShown(session, clinic);
    rows = rows();
  }

  public void issue(long providerId) {
    long clinicId = Ids.parse(clinic).orElse(shown.id());
    IssuedFeed feed = feeds.issue(new CalendarId(providerId, clinicId));
    String url = Faces.getRequestBaseURL() + "calendar-feeds/" + feed.token() + ".ics";
    String name =
        rows.stream()
            .filter(row -> row.providerId() == providerId)
            .map(Row::name)
            .findFirst()
            .orElse("");
    issued = new Issued(providerId, name, url, url.replaceFirst("^https?://", "webcal://"));
    rows = rows();
  }

  private List<Row> rows() {
    return feeds.feeds(shown.id()).stream()
        .map(
            feed ->
                new Row(
                    feed.providerId(),
                    feed.name(),
                    feed.credentials(),
                    feed.issuedAt().map(at -> ClinicTime.of(at, shown.timezone())).orElse(null)))
        .toList();
  }

  public ClinicSummary getShown() {
    return shown;
  }

  public List<Row> getRows() {
    return rows;
  }

  public Issued getIssued() {
    return issued;
  }

  public String getClinic() {
    return clinic;
  }

  public void setClinic(String clinic) {
    this.clinic = clinic;
  }
}
