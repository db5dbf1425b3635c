package care.lantern.search.control;

import care.lantern.directory.entity.BoundingBox;
import care.lantern.directory.entity.GeoPoint;
import care.lantern.search.control.ProviderSearchQuery.Hits;
import care.lantern.search.entity.SearchCriteria;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Measures the search index's spatial structure against two others on the directory size
 * (bench/index/run.sh): the clinics' arrays ordered by latitude (the one in the product), a grid of
 * half-degree cells over the same arrays, and Lucene's {@code LatLonPoint} box query reading each
 * clinic's index from doc values. Everything else (filters, nearest clinic, next free time, sort,
 * page, summaries) is the product's code. Prints heap, build time and per-search latency.
 */
public final class IndexBenchmark {

  private static final Instant NOW = Instant.parse("2026-12-03T15:00:00Z");

  public static void main(String[] args) throws Exception {
    int clinics = Integer.getInteger("clinics", 10_000);
    int providers = Integer.getInteger("providers", 50_000);
    int times = Integer.getInteger("times", 45);
    int searches = Integer.getInteger("searches", 100_000);
    var zips = GeneratedDirectory.zips();

    long before = usedHeap();
    long started = System.nanoTime();
    SearchableDirectory index =
        GeneratedDirectory.build(zips, clinics, providers, times, NOW, 20261203L);
    long builtMillis = (System.nanoTime() - started) / 1_000_000;
    long indexHeap = usedHeap() - before;
    System.out.printf(
        "RESULT index: %d clinics, %d calendars, %d candidate times; built in %d ms; heap %.1f MB%n",
        index.clinicCount(), index.calendars(), index.freeTimeCount(), builtMillis, indexHeap / 1e6);

    long gridBefore = usedHeap();
    Grid grid = new Grid(index);
    long gridHeap = usedHeap() - gridBefore;
    long luceneBefore = usedHeap();
    started = System.nanoTime();
    Lucene lucene = new Lucene(index);
    long luceneMillis = (System.nanoTime() - started) / 1_000_000;
    long luceneHeap = usedHeap() - luceneBefore;
    System.out.printf(
        "RESULT grid: heap %.1f MB over the arrays; lucene: built in %d ms, heap %.1f MB over the"
            + " arrays%n",
        gridHeap / 1e6, luceneMillis, luceneHeap / 1e6);

    List<SearchCriteria> mix = mix(zips, 20_000);
    Map<String, SearchableDirectory.ClinicsInBox> structures = new java.util.LinkedHashMap<>();
    structures.put("latitude-sorted arrays", null);
    structures.put("grid", grid);
    structures.put("lucene LatLonPoint", lucene);
    for (int round = 0; round < 2; round++) {
      for (var structure : structures.entrySet()) {
        measure(round, structure.getKey(), index, structure.getValue(), mix, searches);
      }
    }
    for (int round = 0; round < 2; round++) {
      for (var structure : structures.entrySet()) {
        spatialOnly(round, structure.getKey(), index, structure.getValue(), mix);
      }
    }
    for (var structure : structures.entrySet()) {
      throughput(structure.getKey(), index, structure.getValue(), mix, searches);
    }
    // Each answers as the product's: the same hits for a sample of the mix.
    for (SearchCriteria criteria : mix.subList(0, 2000)) {
      Hits expected = run(index, null, criteria);
      for (var structure : structures.values()) {
        if (structure != null && !run(index, structure, criteria).equals(expected)) {
          throw new IllegalStateException("Different answer for " + criteria);
        }
      }
    }
    System.out.println("RESULT all three structures found the same hits for 2,000 searches");
  }

  private static final Map<String, GeoPoint> ORIGINS = new HashMap<>();

  private static Hits run(
      SearchableDirectory index, SearchableDirectory.ClinicsInBox spatial, SearchCriteria criteria) {
    GeoPoint origin = ORIGINS.get(criteria.zip());
    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    return spatial == null
        ? index.run(criteria, origin, NOW, today)
        : index.run(criteria, origin, NOW, today, spatial);
  }

  /** A search and its page's summaries, as {@code ProviderDirectory.search} makes them. */
  private static int searchAndSummarise(
      SearchableDirectory index, SearchableDirectory.ClinicsInBox spatial, SearchCriteria c) {
    Hits hits = run(index, spatial, c);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    int n = 0;
    for (var hit : hits.hits()) {
      n += index.summary(hit, c.treatment(), clock).name().length();
    }
    return n + (int) hits.total();
  }

  private static void measure(
      int round,
      String name,
      SearchableDirectory index,
      SearchableDirectory.ClinicsInBox spatial,
      List<SearchCriteria> mix,
      int searches) {
    long[] nanos = new long[searches];
    long sink = 0;
    for (int i = 0; i < searches; i++) {
      long t = System.nanoTime();
      sink += searchAndSummarise(index, spatial, mix.get(i % mix.size()));
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    long total = 0;
    for (long n : nanos) {
      total += n;
    }
    System.out.printf(
        "RESULT round %d, %s, 1 thread: mean %.0f us, p50 %.0f us, p90 %.0f us, p99 %.0f us, max"
            + " %.1f ms (%d)%n",
        round + 1,
        name,
        total / 1e3 / searches,
        nanos[searches / 2] / 1e3,
        nanos[searches * 9 / 10] / 1e3,
        nanos[searches * 99 / 100] / 1e3,
        nanos[searches - 1] / 1e6,
        sink % 10);
  }

  /** The spatial question alone: the clinics each search's box holds, visited. */
  private static void spatialOnly(
      int round,
      String name,
      SearchableDirectory index,
      SearchableDirectory.ClinicsInBox spatial,
      List<SearchCriteria> mix) {
    SearchableDirectory.ClinicsInBox asked = spatial == null ? index::inLatitudeRun : spatial;
    long[] visited = new long[1];
    long started = System.nanoTime();
    for (SearchCriteria criteria : mix) {
      asked.forEach(
          ORIGINS.get(criteria.zip()).boxAround(criteria.radiusMiles()), c -> visited[0]++);
    }
    double micros = (System.nanoTime() - started) / 1e3 / mix.size();
    System.out.printf(
        "RESULT round %d, %s, spatial lookup alone: %.1f us a search, %d clinics visited a"
            + " search%n",
        round + 1, name, micros, visited[0] / mix.size());
  }

  private static void throughput(
      String name,
      SearchableDirectory index,
      SearchableDirectory.ClinicsInBox spatial,
      List<SearchCriteria> mix,
      int searches)
      throws InterruptedException {
    int threads = 2;
    AtomicLong sink = new AtomicLong();
    List<Thread> running = new ArrayList<>();
    long started = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int offset = t * 7919;
      Thread thread =
          new Thread(
              () -> {
                long local = 0;
                for (int i = 0; i < searches / threads; i++) {
                  local += searchAndSummarise(index, spatial, mix.get((offset + i) % mix.size()));
                }
                sink.addAndGet(local);
              });
      thread.start();
      running.add(thread);
    }
    for (Thread thread : running) {
      thread.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "RESULT %s, %d threads: %.0f searches/s (%d)%n",
        name, threads, searches / seconds, sink.get() % 10);
  }

  /**
   * The cache-defeating mix of bench/search-uncached.lua, widened to every filter: every ZIP within
   * 20 miles of the ten search metros, half by treatment and payer within 25 miles, half by
   * soonest within 47 to 50 miles, with languages, telehealth, accepting and later pages mixed in.
   */
  private static List<SearchCriteria> mix(List<GeneratedDirectory.Zip> zips, int count) {
    var near = GeneratedDirectory.near(zips, GeneratedDirectory.METROS.subList(0, 10), 20);
    near.forEach(z -> ORIGINS.put(z.zip(), new GeoPoint(z.latitude(), z.longitude())));
    Random random = new Random(42);
    List<SearchCriteria> mix = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean soonest = random.nextBoolean();
      mix.add(
          SearchCriteria.validated(
              new SearchCriteria.Input(
                  near.get(random.nextInt(near.size())).zip(),
                  soonest ? 47 + random.nextInt(4) : 25,
                  random.nextInt(5) == 0
                      ? null
                      : GeneratedDirectory.TREATMENTS.get(random.nextInt(4)),
                  random.nextInt(4) == 0
                      ? null
                      : GeneratedDirectory.PAYERS.get(random.nextInt(9)),
                  random.nextInt(10) == 0,
                  random.nextInt(10) == 0
                      ? GeneratedDirectory.LANGUAGES.get(random.nextInt(8))
                      : null,
                  random.nextInt(3) == 0,
                  soonest ? "soonest" : "distance",
                  random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 0,
                  20)));
    }
    return mix;
  }

  private static long usedHeap() {
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return heap.getUsed();
  }

  /** Half-degree cells, each listing its clinics. */
  static final class Grid implements SearchableDirectory.ClinicsInBox {
    private static final double CELL = 0.5;
    private final Map<Long, int[]> cells = new HashMap<>();

    Grid(SearchableDirectory index) {
      Map<Long, List<Integer>> lists = new HashMap<>();
      for (int c = 0; c < index.clinicCount(); c++) {
        GeoPoint at = index.location(c);
        lists.computeIfAbsent(key(cell(at.latitude()), cell(at.longitude())), k -> new ArrayList<>()).add(c);
      }
      lists.forEach((k, v) -> cells.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static int cell(double degrees) {
      return (int) Math.floor(degrees / CELL);
    }

    private static long key(int lat, int lon) {
      return ((long) lat << 32) ^ (lon & 0xffffffffL);
    }

    @Override
    public void forEach(BoundingBox box, IntConsumer clinic) {
      for (int lat = cell(box.minLat()); lat <= cell(box.maxLat()); lat++) {
        for (int lon = cell(box.minLon()); lon <= cell(box.maxLon()); lon++) {
          int[] inCell = cells.get(key(lat, lon));
          if (inCell != null) {
            for (int c : inCell) {
              clinic.accept(c);
            }
          }
        }
      }
    }
  }

  /**
   * Lucene's points: one document per clinic with its location and its index as a doc value. The
   * box is widened by Lucene's encoding step, since points are stored rounded; the product's code
   * checks the exact box after.
   */
  static final class Lucene implements SearchableDirectory.ClinicsInBox {
    private static final double ENCODING_STEP = 1e-6;
    private final IndexSearcher searcher;

    Lucene(SearchableDirectory index) throws java.io.IOException {
      ByteBuffersDirectory directory = new ByteBuffersDirectory();
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        for (int c = 0; c < index.clinicCount(); c++) {
          GeoPoint at = index.location(c);
          Document doc = new Document();
          doc.add(new LatLonPoint("at", at.latitude(), at.longitude()));
          doc.add(new NumericDocValuesField("clinic", c));
          writer.addDocument(doc);
        }
        writer.forceMerge(1);
      }
      searcher = new IndexSearcher(DirectoryReader.open(directory));
      searcher.setQueryCache(null);
    }

    @Override
    public void forEach(BoundingBox box, IntConsumer clinic) {
      var query =
          LatLonPoint.newBoxQuery(
              "at",
              Math.max(-90, box.minLat() - ENCODING_STEP),
              Math.min(90, box.maxLat() + ENCODING_STEP),
              Math.max(-180, box.minLon() - ENCODING_STEP),
              Math.min(180, box.maxLon() + ENCODING_STEP));
      try {
        searcher.search(
            query,
            new SimpleCollector() {
              private NumericDocValues clinics;

              @Override
              protected void doSetNextReader(LeafReaderContext context) throws java.io.IOException {
                clinics = context.reader().getNumericDocValues("clinic");
              }

              @Override
              public void collect(int doc) throws java.io.IOException {
                clinics.advanceExact(doc);
                clinic.accept((int) clinics.longValue());
              }

              @Override
              public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
              }
            });
      } catch (java.io.IOException failed) {
        throw new java.io.UncheckedIOException(failed);
      }
    }
  }
}
