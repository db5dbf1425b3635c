package care.lantern.search.control;

import care.lantern.directory.entity.BoundingBox;
import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.ClinicSummary;
import care.lantern.directory.entity.GeoPoint;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.search.control.ProviderSearchQuery.Hit;
import care.lantern.search.control.ProviderSearchQuery.Hits;
import care.lantern.search.entity.ProviderSummary;
import care.lantern.search.entity.SearchCriteria;
import care.lantern.search.entity.SearchSort;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

/**
 * The directory's searchable state in memory: what {@link ProviderSearchQuery} asks the database,
 * answered from arrays. Clinics are ordered by latitude, so a search's bounding box is one run of
 * them found by binary search; each clinic's calendars follow in one array (provider indexes, with
 * offsets per clinic); filters are bit sets over clinic or provider indexes, one per code; each
 * calendar's candidate times are a {@link FreeTimes}. Everything but the free times is fixed once
 * built (a change to the directory builds anew); a calendar's free times are replaced in place when
 * it changes. Providers are indexed in the order of their ids and clinics carry theirs, so ties
 * break as in SQL.
 */
public final class SearchableDirectory {

  private static final int NO_REMS = Integer.MIN_VALUE;

  // Clinics, by latitude.
  private final long[] clinicIds;
  private final double[] latitudes;
  private final double[] longitudes;
  private final int[] noticeMinutes;
  private final int[] remsExpiresOn;
  private final BitSet telehealth;
  private final Map<String, BitSet> offering;
  private final Map<String, Map<String, BitSet>> acceptingPayerFor;
  private final Map<String, BitSet> acceptingPayer;
  private final ClinicSummary[] clinicSummaries;
  private final ClinicTreatments[] clinicTreatments;
  private final Map<Long, Integer> clinicIndex = new HashMap<>();

  // Calendars, by clinic: clinic i's are calendarOffsets[i] until calendarOffsets[i + 1].
  private final int[] calendarOffsets;
  private final int[] calendarProviders;
  private final int[] calendarClinics;
  private final AtomicReferenceArray<FreeTimes> freeTimes;
  // The number of the read each calendar's free times came from; 0: the build's, numbered below.
  private final long[] timesRead;
  private long builtFromRead;
  private final Map<CalendarId, Integer> calendarIndex;

  // Providers, by id.
  private final long[] providerIds;
  private final BitSet accepting;
  private final Map<String, BitSet> speaking;
  private final String[] names;
  private final String[] credentials;
  private final List<String>[] languages;

  // What a search may name: the reference tables, whether or not a clinic uses a code.
  private final Set<String> treatmentCodes;
  private final Set<String> payerCodes;
  private final Map<String, GeoPoint> zipCentres;

  /** What a result shows of a clinic's treatments and payers, as {@link Clinic} gives them. */
  private record ClinicTreatments(
      List<String> treatments, LocalDate remsExpiresOn, Map<String, List<String>> payersFor) {

    List<String> offeredOn(LocalDate day) {
      boolean rems = remsExpiresOn != null && !remsExpiresOn.isBefore(day);
      return rems || !treatments.contains(Clinic.SPRAVATO)
          ? treatments
          : treatments.stream().filter(t -> !Clinic.SPRAVATO.equals(t)).toList();
    }

    List<String> payers(Optional<String> treatment) {
      return payersFor.getOrDefault(treatment.orElse(null), List.of());
    }
  }

  private SearchableDirectory(Builder b) {
    treatmentCodes = Set.copyOf(b.treatmentCodes);
    payerCodes = Set.copyOf(b.payerCodes);
    zipCentres = Map.copyOf(b.zipCentres);
    int clinics = b.clinics.size();
    Integer[] byLatitude = new Integer[clinics];
    for (int i = 0; i < clinics; i++) {
      byLatitude[i] = i;
    }
    Arrays.sort(
        byLatitude,
        (x, y) -> {
          int lat = Double.compare(b.clinics.get(x).latitude, b.clinics.get(y).latitude);
          return lat != 0 ? lat : Long.compare(b.clinics.get(x).id, b.clinics.get(y).id);
        });
    clinicIds = new long[clinics];
    latitudes = new double[clinics];
    longitudes = new double[clinics];
    noticeMinutes = new int[clinics];
    remsExpiresOn = new int[clinics];
    telehealth = new BitSet(clinics);
    offering = new HashMap<>();
    acceptingPayerFor = new HashMap<>();
    acceptingPayer = new HashMap<>();
    clinicSummaries = new ClinicSummary[clinics];
    clinicTreatments = new ClinicTreatments[clinics];
    for (int i = 0; i < clinics; i++) {
      ClinicRow c = b.clinics.get(byLatitude[i]);
      clinicIndex.put(c.id, i);
      clinicIds[i] = c.id;
      latitudes[i] = c.latitude;
      longitudes[i] = c.longitude;
      noticeMinutes[i] = c.noticeMinutes;
      remsExpiresOn[i] = c.remsExpiresOn == null ? NO_REMS : (int) c.remsExpiresOn.toEpochDay();
      telehealth.set(i, c.telehealth);
      clinicSummaries[i] = c.summary;
      Map<String, List<String>> payersFor = new HashMap<>();
      TreeSet<String> all = new TreeSet<>();
      c.payers.forEach(
          (treatment, payers) -> {
            payersFor.put(treatment, List.copyOf(payers));
            all.addAll(payers);
            payers.forEach(
                payer ->
                    bit(acceptingPayerFor.computeIfAbsent(treatment, t -> new HashMap<>()), payer)
                        .set(clinicIndex.get(c.id)));
          });
      payersFor.put(null, List.copyOf(all));
      all.forEach(payer -> bit(acceptingPayer, payer).set(clinicIndex.get(c.id)));
      c.treatments.forEach(treatment -> bit(offering, treatment).set(clinicIndex.get(c.id)));
      clinicTreatments[i] =
          new ClinicTreatments(List.copyOf(c.treatments), c.remsExpiresOn, payersFor);
    }

    int providers = b.providers.size();
    ProviderRow[] byId = b.providers.values().toArray(new ProviderRow[0]);
    Map<Long, Integer> providerIndex = new HashMap<>();
    providerIds = new long[providers];
    accepting = new BitSet(providers);
    speaking = new HashMap<>();
    names = new String[providers];
    credentials = new String[providers];
    @SuppressWarnings("unchecked")
    List<String>[] spoken = new List[providers];
    languages = spoken;
    Map<List<String>, List<String>> sharedLists = new HashMap<>();
    for (int i = 0; i < providers; i++) {
      ProviderRow p = byId[i];
      providerIndex.put(p.id, i);
      providerIds[i] = p.id;
      accepting.set(i, p.accepting);
      names[i] = p.name;
      credentials[i] = p.credentials;
      List<String> theirs = List.copyOf(p.languages);
      languages[i] = sharedLists.computeIfAbsent(theirs, l -> l);
      for (String language : p.languages) {
        bit(speaking, language).set(i);
      }
    }

    List<List<Integer>> calendarsAt = new ArrayList<>();
    for (int i = 0; i < clinics; i++) {
      calendarsAt.add(new ArrayList<>());
    }
    for (CalendarId calendar : b.calendars) {
      Integer clinic = clinicIndex.get(calendar.clinicId());
      Integer provider = providerIndex.get(calendar.providerId());
      if (clinic != null && provider != null) {
        calendarsAt.get(clinic).add(provider);
      }
    }
    calendarOffsets = new int[clinics + 1];
    int calendars = 0;
    for (int i = 0; i < clinics; i++) {
      calendarOffsets[i] = calendars;
      calendars += calendarsAt.get(i).size();
    }
    calendarOffsets[clinics] = calendars;
    calendarProviders = new int[calendars];
    calendarClinics = new int[calendars];
    freeTimes = new AtomicReferenceArray<>(calendars);
    timesRead = new long[calendars];
    calendarIndex = new HashMap<>();
    for (int i = 0; i < clinics; i++) {
      int k = calendarOffsets[i];
      for (int provider : calendarsAt.get(i)) {
        calendarProviders[k] = provider;
        calendarClinics[k] = i;
        CalendarId calendar = new CalendarId(providerIds[provider], clinicIds[i]);
        calendarIndex.put(calendar, k);
        TimesRow times = b.times.get(calendar);
        freeTimes.set(
            k,
            times == null ? FreeTimes.NONE : FreeTimes.of(times.starts, times.holds, times.count));
        k++;
      }
    }
  }

  private static BitSet bit(Map<String, BitSet> sets, String code) {
    return sets.computeIfAbsent(code, c -> new BitSet());
  }

  public boolean knowsTreatment(String code) {
    return treatmentCodes.contains(code);
  }

  public boolean knowsPayer(String code) {
    return payerCodes.contains(code);
  }

  /**
   * The centre of a ZIP code, as {@code ZipCode#location} gives it, unless there is no such code.
   */
  public Optional<GeoPoint> locate(String zip) {
    return Optional.ofNullable(zipCentres.get(zip));
  }

  /** Whether the calendar is known here; a calendar that is not needs the directory built anew. */
  boolean knows(CalendarId calendar) {
    return calendarIndex.containsKey(calendar);
  }

  /** Numbers the read this directory was built from: reads that began before it are older. */
  void builtFrom(long read) {
    builtFromRead = read;
  }

  /**
   * Replaces the calendars' free times with those of read number {@code read}, for each calendar
   * whose times came from a read that began before it: a read that began later saw every commit an
   * earlier one saw, so reads that overtake each other never bring back an older state. Calendars
   * not {@link #knows known} here are passed over (the directory is built anew for those). Callers
   * serialise their calls.
   */
  void replace(Map<CalendarId, FreeTimes> changed, long read) {
    changed.forEach(
        (calendar, times) -> {
          Integer k = calendarIndex.get(calendar);
          if (k != null && read > Math.max(builtFromRead, timesRead[k])) {
            freeTimes.set(k, times);
            timesRead[k] = read;
          }
        });
  }

  int calendars() {
    return calendarProviders.length;
  }

  long freeTimeCount() {
    long count = 0;
    for (int k = 0; k < freeTimes.length(); k++) {
      count += freeTimes.get(k).size();
    }
    return count;
  }

  /** {@link ProviderSearchQuery#run}'s answer, from memory. */
  public Hits run(SearchCriteria criteria, GeoPoint origin, Instant now, LocalDate today) {
    return run(criteria, origin, now, today, this::inLatitudeRun);
  }

  /**
   * The clinics (their indexes here) inside a bounding box, maybe with others: the search's one
   * spatial question. A second answer to it lives in {@code bench/index}, which measured this one
   * against a grid and Lucene's {@code LatLonPoint} (docs/benchmarks.md).
   */
  interface ClinicsInBox {
    void forEach(BoundingBox box, IntConsumer clinic);
  }

  Hits run(
      SearchCriteria criteria,
      GeoPoint origin,
      Instant now,
      LocalDate today,
      ClinicsInBox spatial) {
    Candidates found = candidates(criteria, origin, (int) today.toEpochDay(), spatial);
    int n = found.size;
    long nowMicros = FreeTimes.micros(now);
    int from = (int) Math.min((long) criteria.page() * criteria.size(), n);
    int to = (int) Math.min((long) from + criteria.size(), n);
    Order order;
    if (criteria.sort() == SearchSort.SOONEST) {
      long[] next = new long[n];
      for (int i = 0; i < n; i++) {
        next[i] = nextFree(found.calendars[i], nowMicros);
      }
      order =
          (x, y) -> {
            boolean noneX = next[x] == FreeTimes.NO_TIME;
            boolean noneY = next[y] == FreeTimes.NO_TIME;
            if (noneX != noneY) {
              return noneX ? 1 : -1;
            }
            int soonest = Long.compare(next[x], next[y]);
            return soonest != 0 ? soonest : byDistance(found, x, y);
          };
    } else {
      order = (x, y) -> byDistance(found, x, y);
    }
    int[] first = first(n, to, order);
    List<Hit> hits = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      int c = first[i];
      long next = nextFree(found.calendars[c], nowMicros);
      hits.add(
          new Hit(
              providerIds[calendarProviders[found.calendars[c]]],
              clinicIds[found.clinics[c]],
              found.distances[c],
              next == FreeTimes.NO_TIME ? Optional.empty() : Optional.of(FreeTimes.instant(next))));
    }
    return new Hits(hits, n);
  }

  private static int byDistance(Candidates found, int x, int y) {
    int distance = Double.compare(found.distances[x], found.distances[y]);
    return distance != 0 ? distance : Integer.compare(found.providers[x], found.providers[y]);
  }

  /** The earliest free start of calendar {@code k} at {@code now}, or {@link FreeTimes#NO_TIME}. */
  private long nextFree(int k, long now) {
    long bookableFrom = now + noticeMinutes[calendarClinics[k]] * 60_000_000L;
    return freeTimes.get(k).firstFree(bookableFrom, now);
  }

  /**
   * Each provider once, at their nearest clinic (then lowest clinic id) among those matching the
   * criteria within the radius.
   */
  private Candidates candidates(
      SearchCriteria criteria, GeoPoint origin, int today, ClinicsInBox spatial) {
    Candidates found = new Candidates();
    BitSet offers =
        criteria.treatment().map(t -> offering.getOrDefault(t, new BitSet())).orElse(null);
    boolean spravato = criteria.treatment().filter(Clinic.SPRAVATO::equals).isPresent();
    BitSet payers =
        criteria
            .payer()
            .map(
                payer ->
                    criteria
                        .treatment()
                        .map(t -> acceptingPayerFor.getOrDefault(t, Map.of()).get(payer))
                        .orElse(acceptingPayer.get(payer)))
            .map(set -> set == null ? new BitSet() : set)
            .orElse(null);
    BitSet speakers =
        criteria.language().map(l -> speaking.getOrDefault(l, new BitSet())).orElse(null);
    boolean acceptingOnly = criteria.acceptingNewPatientsOnly();
    double radius = criteria.radiusMiles();
    BoundingBox box = origin.boxAround(radius);
    ProviderSlots best = new ProviderSlots();
    spatial.forEach(
        box,
        c -> {
          if (latitudes[c] < box.minLat()
              || latitudes[c] > box.maxLat()
              || longitudes[c] < box.minLon()
              || longitudes[c] > box.maxLon()
              || (offers != null && !offers.get(c))
              || (spravato && remsExpiresOn[c] < today)
              || (payers != null && !payers.get(c))
              || (criteria.telehealthOnly() && !telehealth.get(c))) {
            return;
          }
          double distance = milesBetween(origin, latitudes[c], longitudes[c]);
          if (!(distance <= radius)) {
            return;
          }
          for (int k = calendarOffsets[c]; k < calendarOffsets[c + 1]; k++) {
            int p = calendarProviders[k];
            if ((acceptingOnly && !accepting.get(p)) || (speakers != null && !speakers.get(p))) {
              continue;
            }
            int seen = best.indexOf(p);
            if (seen < 0) {
              best.put(p, found.add(p, c, k, distance));
            } else if (distance < found.distances[seen]
                || (distance == found.distances[seen]
                    && clinicIds[c] < clinicIds[found.clinics[seen]])) {
              found.set(seen, c, k, distance);
            }
          }
        });
    return found;
  }

  /** Clinics are ordered by latitude: the box's are one run of them, less those east or west. */
  void inLatitudeRun(BoundingBox box, IntConsumer clinic) {
    for (int c = firstAtOrAbove(box.minLat());
        c < latitudes.length && latitudes[c] <= box.maxLat();
        c++) {
      clinic.accept(c);
    }
  }

  int clinicCount() {
    return latitudes.length;
  }

  GeoPoint location(int clinic) {
    return new GeoPoint(latitudes[clinic], longitudes[clinic]);
  }

  private int firstAtOrAbove(double latitude) {
    int lo = 0;
    int hi = latitudes.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (latitudes[mid] < latitude) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Great-circle distance in miles, computed as {@link ProviderSearchQuery}'s SQL does, operation
   * for operation, so that both give the same double.
   */
  static double milesBetween(GeoPoint origin, double latitude, double longitude) {
    double sinLat = Math.sin(Math.toRadians(latitude - origin.latitude()) / 2);
    double sinLon = Math.sin(Math.toRadians(longitude - origin.longitude()) / 2);
    return 7917.6
        * Math.asin(
            Math.sqrt(
                Math.pow(sinLat, 2)
                    + Math.cos(Math.toRadians(origin.latitude()))
                        * Math.cos(Math.toRadians(latitude))
                        * Math.pow(sinLon, 2)));
  }

  /** The summary a result page shows for {@code hit}, as the directory's entities give it. */
  public ProviderSummary summary(Hit hit, Optional<String> treatment, Clock clock) {
    int p = Arrays.binarySearch(providerIds, hit.providerId());
    int c = clinicIndex.get(hit.clinicId());
    ClinicSummary clinic = clinicSummaries[c];
    ClinicTreatments offered = clinicTreatments[c];
    return new ProviderSummary(
        hit.providerId(),
        names[p],
        credentials[p],
        clinic,
        Math.round(hit.distanceMiles() * 10) / 10.0,
        offered.offeredOn(LocalDate.now(clock.withZone(clinic.timezone()))),
        offered.payers(treatment),
        languages[p],
        telehealth.get(c),
        accepting.get(p),
        hit.nextAvailable());
  }

  /** Comparison of two candidates by their positions. */
  private interface Order {
    int compare(int x, int y);
  }

  /**
   * The first {@code k} of positions {@code 0..n-1} in {@code order}, in order: a page needs only
   * those, so the others are passed over by one comparison each with the worst kept (a max-heap).
   * The order is total (the provider breaks ties), so the result is the full sort's prefix.
   */
  private static int[] first(int n, int k, Order order) {
    int[] heap = new int[k];
    int size = 0;
    for (int i = 0; i < n && k > 0; i++) {
      if (size < k) {
        heap[size] = i;
        siftUp(heap, size++, order);
      } else if (order.compare(i, heap[0]) < 0) {
        heap[0] = i;
        siftDown(heap, size, order);
      }
    }
    int[] sorted = new int[size];
    for (int last = size - 1; last >= 0; last--) {
      sorted[last] = heap[0];
      heap[0] = heap[last];
      siftDown(heap, last, order);
    }
    return sorted;
  }

  private static void siftUp(int[] heap, int i, Order order) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (order.compare(heap[i], heap[parent]) <= 0) {
        return;
      }
      swap(heap, i, parent);
      i = parent;
    }
  }

  private static void siftDown(int[] heap, int size, Order order) {
    int i = 0;
    while (true) {
      int largest = i;
      for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
        if (order.compare(heap[child], heap[largest]) > 0) {
          largest = child;
        }
      }
      if (largest == i) {
        return;
      }
      swap(heap, i, largest);
      i = largest;
    }
  }

  private static void swap(int[] heap, int i, int j) {
    int kept = heap[i];
    heap[i] = heap[j];
    heap[j] = kept;
  }

  /** The providers found so far, each at their nearest clinic yet, in parallel arrays. */
  private static final class Candidates {
    int size;
    int[] providers = new int[64];
    int[] clinics = new int[64];
    int[] calendars = new int[64];
    double[] distances = new double[64];

    int add(int provider, int clinic, int calendar, double distance) {
      if (size == providers.length) {
        providers = Arrays.copyOf(providers, size * 2);
        clinics = Arrays.copyOf(clinics, size * 2);
        calendars = Arrays.copyOf(calendars, size * 2);
        distances = Arrays.copyOf(distances, size * 2);
      }
      providers[size] = provider;
      set(size, clinic, calendar, distance);
      return size++;
    }

    void set(int i, int clinic, int calendar, double distance) {
      clinics[i] = clinic;
      calendars[i] = calendar;
      distances[i] = distance;
    }
  }

  /** Provider index to candidate position: open addressing over ints, grown as needed. */
  private static final class ProviderSlots {
    private int[] keys = new int[128];
    private int[] values = new int[128];
    private int size;

    ProviderSlots() {
      Arrays.fill(keys, -1);
    }

    int indexOf(int provider) {
      int mask = keys.length - 1;
      for (int i = mix(provider) & mask; ; i = (i + 1) & mask) {
        if (keys[i] == provider) {
          return values[i];
        }
        if (keys[i] < 0) {
          return -1;
        }
      }
    }

    void put(int provider, int position) {
      if (2 * (size + 1) > keys.length) {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] >= 0) {
            put(oldKeys[i], oldValues[i]);
          }
        }
      }
      int mask = keys.length - 1;
      int i = mix(provider) & mask;
      while (keys[i] >= 0) {
        i = (i + 1) & mask;
      }
      keys[i] = provider;
      values[i] = position;
      size++;
    }

    private static int mix(int key) {
      return key * 0x9E3779B9 >>> 7;
    }
  }

  /** Collects the directory's rows in any order, then {@link #build}s the arrays. */
  static final class Builder {
    private final List<ClinicRow> clinics = new ArrayList<>();
    private final Map<Long, ClinicRow> clinicsById = new HashMap<>();
    private final TreeMap<Long, ProviderRow> providers = new TreeMap<>();
    private final List<CalendarId> calendars = new ArrayList<>();
    private final Map<CalendarId, TimesRow> times = new HashMap<>();
    private final Set<String> treatmentCodes = new HashSet<>();
    private final Set<String> payerCodes = new HashSet<>();
    private final Map<String, GeoPoint> zipCentres = new HashMap<>();

    void treatmentCode(String code) {
      treatmentCodes.add(code);
    }

    void payerCode(String code) {
      payerCodes.add(code);
    }

    void zip(String zip, double latitude, double longitude) {
      zipCentres.put(zip, new GeoPoint(latitude, longitude));
    }

    void clinic(
        ClinicSummary summary,
        double latitude,
        double longitude,
        boolean telehealth,
        LocalDate remsExpiresOn) {
      ClinicRow row = new ClinicRow(summary, latitude, longitude, telehealth, remsExpiresOn);
      clinics.add(row);
      clinicsById.put(summary.id(), row);
    }

    void treatment(long clinicId, String treatment) {
      clinicsById.get(clinicId).treatments.add(treatment);
    }

    void payer(long clinicId, String treatment, String payer) {
      clinicsById.get(clinicId).payers.computeIfAbsent(treatment, t -> new TreeSet<>()).add(payer);
    }

    void provider(long id, String name, String credentials, boolean accepting) {
      providers.put(id, new ProviderRow(id, name, credentials, accepting));
    }

    void language(long providerId, String language) {
      providers.get(providerId).languages.add(language);
    }

    void practice(CalendarId calendar) {
      calendars.add(calendar);
    }

    /** A candidate time of the calendar; {@code heldUntil} is {@link FreeTimes#NO_TIME} if none. */
    void freeTime(CalendarId calendar, long start, long heldUntil) {
      times.computeIfAbsent(calendar, c -> new TimesRow()).add(start, heldUntil);
    }

    SearchableDirectory build() {
      return new SearchableDirectory(this);
    }
  }

  private static final class ClinicRow {
    final long id;
    final ClinicSummary summary;
    final double latitude;
    final double longitude;
    final boolean telehealth;
    final int noticeMinutes;
    final LocalDate remsExpiresOn;
    final TreeSet<String> treatments = new TreeSet<>();
    final Map<String, TreeSet<String>> payers = new TreeMap<>();

    ClinicRow(
        ClinicSummary summary,
        double latitude,
        double longitude,
        boolean telehealth,
        LocalDate remsExpiresOn) {
      this.id = summary.id();
      this.summary = summary;
      this.latitude = latitude;
      this.longitude = longitude;
      this.telehealth = telehealth;
      this.noticeMinutes = Math.toIntExact(summary.minimumNotice().toMinutes());
      this.remsExpiresOn = remsExpiresOn;
    }
  }

  private static final class ProviderRow {
    final long id;
    final String name;
    final String credentials;
    final boolean accepting;
    final TreeSet<String> languages = new TreeSet<>();

    ProviderRow(long id, String name, String credentials, boolean accepting) {
      this.id = id;
      this.name = name;
      this.credentials = credentials;
      this.accepting = accepting;
    }
  }

  /** A calendar's candidate times while building, in the order read. */
  static final class TimesRow {
    long[] starts = new long[8];
    long[] holds = new long[8];
    int count;

    void add(long start, long heldUntil) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        holds = Arrays.copyOf(holds, count * 2);
      }
      starts[count] = start;
      holds[count] = heldUntil;
      count++;
    }

    FreeTimes freeTimes() {
      return FreeTimes.of(starts, holds, count);
    }
  }
}
