package care.lantern.web.clinic;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.platform.entity.ResultPage;
import care.lantern.portal.boundary.PortalDesk;
import care.lantern.staff.entity.AuditEntry;
import care.lantern.web.providers.ClinicTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A clinic admin's page of the audit trail, newest first; {@code page} counts from 0. */
@Named
@RequestScoped
public class AuditBacking {

  /** One line as the page shows it, the time on the clinic's clock. */
  public record Row(
      ClinicTime at, String actor, String clinic, String action, String subject, String origin) {}

  @Inject private PortalDesk desk;

  @Inject private PortalSession session;

  private int page;
  private ResultPage<AuditEntry> entries;
  private List<Row> rows;

  public void load() {
    entries = desk.auditTrail(page);
    Map<Long, ClinicSummary> clinics =
        session.getClinics().stream()
            .collect(Collectors.toMap(ClinicSummary::id, Function.identity()));
    rows =
        entries.items().stream()
            .map(
                entry -> {
                  ClinicSummary clinic = clinics.get(entry.clinicId());
                  return new Row(
                      ClinicTime.of(entry.at(), clinic.timezone()),
                      entry.actor(),
                      clinic.name(),
                      entry.action().label(),
                      entry.subject(),
                      entry.origin());
                })
            .toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  /** The page as read: its {@code total} and whether it {@code hasNext()}. */
  public ResultPage<AuditEntry> getEntries() {
    return entries;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }
}
