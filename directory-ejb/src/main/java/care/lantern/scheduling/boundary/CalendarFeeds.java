package care.lantern.scheduling.boundary;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.scheduling.control.FeedCalendar;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.CalendarFeed;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.IssuedFeed;
import care.lantern.scheduling.entity.ProviderFeed;
import care.lantern.staff.boundary.AuditTrail;
import care.lantern.staff.boundary.StaffScope;
import care.lantern.staff.entity.AuditAction;
import care.lantern.staff.entity.StaffIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Providers' calendar feeds: staff of a clinic issue a provider's subscription link there (shown
 * once), and calendar apps fetch it with nothing but the link's token.
 */
@Stateless
public class CalendarFeeds {

  /** How far back a feed keeps appointments, so that today's do not vanish once they start. */
  static final Duration PAST = Duration.ofDays(7);

  static final Duration AHEAD = Duration.ofDays(90);

  /** The portal's appointment page, relative to the site's address. */
  static final String APPOINTMENT_PAGE = "/clinic/appointment.xhtml?id=";

  @PersistenceContext private EntityManager em;

  @Inject private StaffScope scope;

  @Inject private AuditTrail audit;

  @Inject private FeedCalendar calendar;

  @Inject private Clock clock;

  /** The clinic's providers, each with when their feed link was last issued. */
  public List<ProviderFeed> feeds(long clinicId) {
    scope.requireClinic(clinicId);
    Map<Long, Instant> issued =
        em.createNamedQuery("CalendarFeed.ofClinic", CalendarFeed.class)
            .setParameter("clinic", clinicId)
            .getResultStream()
            .collect(Collectors.toMap(feed -> feed.getProvider().getId(), CalendarFeed::issuedAt));
    return providersOf(clinicId).stream()
        .map(
            p ->
                new ProviderFeed(
                    p.getId(),
                    p.getName(),
                    p.getCredentials(),
                    Optional.ofNullable(issued.get(p.getId()))))
        .toList();
  }

  /**
   * A new link to the provider's feed at the clinic; the link issued before, if any, stops working.
   * A provider who does not practise at the clinic is as unknown as a missing one.
   */
  public IssuedFeed issue(CalendarId calendar) {
    StaffIdentity staff = scope.requireClinic(calendar.clinicId());
    Provider provider =
        providersOf(calendar.clinicId()).stream()
            .filter(p -> p.getId() == calendar.providerId())
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Provider"));
    Instant now = clock.instant();
    Optional<CalendarFeed> existing =
        em.createNamedQuery("CalendarFeed.of", CalendarFeed.class)
            .setParameter("provider", calendar.providerId())
            .setParameter("clinic", calendar.clinicId())
            .getResultStream()
            .findFirst();
    String token;
    if (existing.isPresent()) {
      token = existing.get().reissue(now);
    } else {
      CalendarFeed.Issued issued =
          CalendarFeed.issue(provider, em.find(Clinic.class, calendar.clinicId()), now);
      em.persist(issued.feed());
      token = issued.token();
    }
    audit.record(
        staff,
        calendar.clinicId(),
        AuditAction.ISSUE_CALENDAR_FEED,
        "Provider " + calendar.providerId());
    return new IssuedFeed(calendar.providerId(), token);
  }

  /**
   * The feed behind {@code token}, as an RFC 5545 calendar; empty for a token that was never issued
   * or has been replaced. Needs no sign-in: calendar apps cannot sign in.
   *
   * @param siteUrl the site's address as the calendar app reached it, for links to the portal
   */
  public Optional<String> calendar(String token, String siteUrl) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery("CalendarFeed.byTokenHash", CalendarFeed.class)
        .setParameter("hash", CalendarFeed.hash(token))
        .getResultStream()
        .findFirst()
        .map(feed -> render(feed, siteUrl));
  }

  private String render(CalendarFeed feed, String siteUrl) {
    Provider provider = feed.getProvider();
    Clinic clinic = feed.getClinic();
    Instant now = clock.instant();
    String address =
        clinic.getStreet()
            + ", "
            + clinic.getCity()
            + ", "
            + clinic.getState()
            + " "
            + clinic.getZip();
    List<FeedCalendar.Event> events =
        em.createNamedQuery("CalendarFeed.appointments", Appointment.class)
            .setParameter("provider", provider.getId())
            .setParameter("clinic", clinic.getId())
            .setParameter("from", now.minus(PAST).atOffset(ZoneOffset.UTC))
            .setParameter("to", now.plus(AHEAD).atOffset(ZoneOffset.UTC))
            .getResultStream()
            .map(
                a ->
                    new FeedCalendar.Event(
                        a.getReference(),
                        a.getSlot().getAppointmentType(),
                        a.start(),
                        a.end(),
                        a.getMode(),
                        a.getCalendarSequence(),
                        address,
                        siteUrl
                            + APPOINTMENT_PAGE
                            + URLEncoder.encode(a.getReference(), StandardCharsets.UTF_8)))
            .toList();
    String name = "Lantern · " + provider.getName() + " · " + clinic.getName();
    return calendar.render(name, clinic.zone(), events);
  }

  private List<Provider> providersOf(long clinicId) {
    return em.createNamedQuery("Provider.atClinic", Provider.class)
        .setParameter("clinic", clinicId)
        .getResultList();
  }
}
