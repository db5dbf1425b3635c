package care.lantern.search.control;

import static care.lantern.scheduling.control.NextFreeSlots.freeSql;
import static care.lantern.scheduling.control.NextFreeSlots.noticeOfSql;

import care.lantern.directory.entity.BoundingBox;
import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.GeoPoint;
import care.lantern.scheduling.control.NextFreeSlots;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.search.entity.SearchCriteria;
import care.lantern.search.entity.SearchSort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The directory search as one SQL statement, so the database does the work: a bounding box on the
 * indexed clinic location narrows the candidates, great-circle distance trims them to the radius,
 * each provider appears once at their nearest matching clinic, and the database sorts and pages.
 * Each hit's next free consultation comes from its calendar's {@code next_free_slot} pointer (see
 * {@code NextFreeSlots}). Written in SQL that H2 and PostgreSQL both run.
 */
public class ProviderSearchQuery {

  /** One hit: a provider at their nearest matching clinic. */
  public record Hit(
      long providerId, long clinicId, double distanceMiles, Optional<Instant> nextAvailable) {}

  public record Hits(List<Hit> hits, long total) {}

  private static final String CONSULTATION = "CONSULTATION";

  private final EntityManager em;

  public ProviderSearchQuery(EntityManager em) {
    this.em = em;
  }

  public Hits run(SearchCriteria criteria, GeoPoint origin, Instant now, LocalDate today) {
    List<Object> params = new ArrayList<>();
    String distance = distanceSql(origin);
    BoundingBox box = origin.boxAround(criteria.radiusMiles());

    // Sorting by soonest needs every candidate's next free slot; sorting by distance only the
    // page's, so there it is looked up after paging.
    boolean soonest = criteria.sort() == SearchSort.SOONEST;
    StringBuilder inner = new StringBuilder();
    inner
        .append("SELECT pc.provider_id, c.id AS clinic_id, ")
        .append(distance)
        .append(" AS distance");
    if (soonest) {
      inner
          .append(", ")
          .append(nextFreeSql("pc.provider_id", "c.id", "c.minimum_notice_minutes"))
          .append(" AS next_available");
      addNow(params, now);
    }
    inner.append(" FROM clinic c JOIN provider_clinic pc ON pc.clinic_id = c.id");
    // Only this filter needs the provider's row: on H2 each joined row costs microseconds.
    if (criteria.acceptingNewPatientsOnly()) {
      inner.append(" JOIN provider p ON p.id = pc.provider_id");
    }
    if (soonest) {
      inner.append(pointerJoin("pc.provider_id", "c.id"));
    }
    inner.append(" WHERE c.latitude BETWEEN ? AND ? AND c.longitude BETWEEN ? AND ?");
    params.add(box.minLat());
    params.add(box.maxLat());
    params.add(box.minLon());
    params.add(box.maxLon());

    criteria
        .treatment()
        .ifPresent(
            treatment -> {
              inner.append(
                  " AND EXISTS (SELECT 1 FROM clinic_treatment ct"
                      + " WHERE ct.clinic_id = c.id AND ct.treatment_code = ?)");
              params.add(treatment);
              if (Clinic.SPRAVATO.equals(treatment)) {
                inner.append(" AND c.rems_expires_on >= ?");
                params.add(today);
              }
            });
    criteria
        .payer()
        .ifPresent(
            payer -> {
              inner.append(
                  " AND EXISTS (SELECT 1 FROM clinic_payer cp"
                      + " WHERE cp.clinic_id = c.id AND cp.payer_code = ?");
              params.add(payer);
              criteria
                  .treatment()
                  .ifPresent(
                      treatment -> {
                        inner.append(" AND cp.treatment_code = ?");
                        params.add(treatment);
                      });
              inner.append(")");
            });
    if (criteria.telehealthOnly()) {
      inner.append(" AND c.telehealth = TRUE");
    }
    criteria
        .language()
        .ifPresent(
            language -> {
              inner.append(
                  " AND EXISTS (SELECT 1 FROM provider_language pl"
                      + " WHERE pl.provider_id = pc.provider_id AND pl.language = ?)");
              params.add(language);
            });
    if (criteria.acceptingNewPatientsOnly()) {
      inner.append(" AND p.accepting_new_patients = TRUE");
    }

    // The distance is computed once per candidate, below the window: H2 would otherwise compute it
    // again in every comparison of the window's sort.
    String candidate = "provider_id, clinic_id, distance" + (soonest ? ", next_available" : "");
    String ranked =
        " FROM (SELECT "
            + candidate
            + ", ROW_NUMBER() OVER (PARTITION BY provider_id ORDER BY distance, clinic_id) AS"
            + " nearest FROM ("
            + inner
            + ") candidates WHERE distance <= ?) ranked WHERE nearest = 1";
    params.add((double) criteria.radiusMiles());

    String pageSql;
    List<Object> pageParams = new ArrayList<>();
    if (soonest) {
      pageSql =
          "SELECT provider_id, clinic_id, distance, next_available, COUNT(*) OVER () AS total"
              + ranked
              + " ORDER BY CASE WHEN next_available IS NULL THEN 1 ELSE 0 END, next_available,"
              + " distance, provider_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    } else {
      pageSql =
          "SELECT page.provider_id, page.clinic_id, page.distance, "
              + nextFreeSql("page.provider_id", "page.clinic_id", noticeOfSql("page.clinic_id"))
              + " AS next_available, page.total FROM (SELECT provider_id, clinic_id, distance,"
              + " COUNT(*) OVER () AS total"
              + ranked
              + " ORDER BY distance, provider_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY) page"
              + pointerJoin("page.provider_id", "page.clinic_id")
              + " ORDER BY page.distance, page.provider_id";
      addNow(pageParams, now);
    }
    pageParams.addAll(params);
    pageParams.add((long) criteria.page() * criteria.size());
    pageParams.add(criteria.size());

    List<?> rows = bind(em.createNativeQuery(pageSql), pageParams).getResultList();
    List<Hit> hits = new ArrayList<>();
    long total = 0;
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      hits.add(
          new Hit(
              ((Number) columns[0]).longValue(),
              ((Number) columns[1]).longValue(),
              ((Number) columns[2]).doubleValue(),
              Optional.ofNullable(columns[3]).map(ProviderSearchQuery::instant)));
      total = ((Number) columns[4]).longValue();
    }
    if (hits.isEmpty() && criteria.page() > 0) {
      Object count =
          bind(em.createNativeQuery("SELECT COUNT(*)" + ranked), params).getSingleResult();
      total = ((Number) count).longValue();
    }
    return new Hits(hits, total);
  }

  /** The start of the earliest free consultation in the calendar. */
  public Optional<Instant> nextAvailable(CalendarId calendar, Instant now) {
    Object start =
        bind(
                em.createNativeQuery("SELECT " + earliestFreeSql("?", "?")),
                List.of(
                    utc(now),
                    utc(now),
                    calendar.clinicId(),
                    calendar.providerId(),
                    calendar.clinicId()))
            .getSingleResult();
    return Optional.ofNullable(start).map(ProviderSearchQuery::instant);
  }

  /**
   * The calendar's next free consultation from its {@code next_free_slot} pointer (joined by {@link
   * #pointerJoin}) while the pointed slot is still free; computed from the calendar's slots when
   * the pointer is missing or outdated. {@code noticeMinutes} is the clinic's minimum notice as an
   * SQL expression. Takes four parameters (see {@link #addNow}).
   */
  private static String nextFreeSql(String provider, String clinic, String noticeMinutes) {
    return "CASE WHEN "
        + freeSql("ns", noticeMinutes)
        + " THEN ns.start_at"
        + " WHEN nf.provider_id IS NOT NULL AND nf.slot_id IS NULL THEN NULL ELSE "
        + earliestFreeSql(provider, clinic)
        + " END";
  }

  private static String pointerJoin(String provider, String clinic) {
    return " LEFT JOIN next_free_slot nf ON nf.provider_id = "
        + provider
        + " AND nf.clinic_id = "
        + clinic
        + " LEFT JOIN slot ns ON ns.id = nf.slot_id";
  }

  /** The parameters of {@link #nextFreeSql}: each is now. */
  private static void addNow(List<Object> params, Instant now) {
    params.addAll(Collections.nCopies(4, utc(now)));
  }

  /**
   * The start of the calendar's earliest free consultation slot ({@link NextFreeSlots#freeSql}).
   * Takes the parameters (now, now), then those of the given expressions, {@code clinic} first,
   * then {@code provider}, then {@code clinic} again.
   */
  private static String earliestFreeSql(String provider, String clinic) {
    return "(SELECT MIN(s.start_at) FROM slot s WHERE s.appointment_type = '"
        + CONSULTATION
        + "' AND "
        + freeSql("s", noticeOfSql(clinic))
        + " AND s.provider_id = "
        + provider
        + " AND s.clinic_id = "
        + clinic
        + ")";
  }

  /**
   * Haversine great-circle distance in miles from the origin. The origin comes from our own ZIP
   * table, never from request text, so its numbers are written into the SQL. The Earth's diameter
   * is cast so that H2 computes in doubles rather than in DECFLOAT, which was slower per row.
   */
  private static String distanceSql(GeoPoint origin) {
    String lat = Double.toString(origin.latitude());
    String lon = Double.toString(origin.longitude());
    return "(CAST(7917.6 AS DOUBLE PRECISION) * ASIN(SQRT(POWER(SIN(RADIANS(c.latitude - "
        + lat
        + ") / 2), 2) + COS(RADIANS("
        + lat
        + ")) * COS(RADIANS(c.latitude)) * POWER(SIN(RADIANS(c.longitude - "
        + lon
        + ") / 2), 2))))";
  }

  private static Query bind(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    return query;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** Drivers differ in what a TIMESTAMP WITH TIME ZONE comes back as. */
  static Instant instant(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
  }
}
