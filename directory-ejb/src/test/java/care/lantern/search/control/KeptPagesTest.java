package care.lantern.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.platform.entity.ResultPage;
import care.lantern.search.entity.ProviderSummary;
import care.lantern.search.entity.SearchCriteria;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class KeptPagesTest {

  private static final Instant NOW = Instant.parse("2026-11-22T14:00:00Z");
  private static final Instant FREE_AT = Instant.parse("2026-11-23T16:00:00Z");

  private final KeptPages pages = new KeptPages(Duration.ofSeconds(60), 100);

  private final SearchCriteria tms = criteria("TMS");

  private final AtomicInteger searches = new AtomicInteger();

  @Test
  void answersFromMemoryWhileNothingChanged() {
    ResultPage<ProviderSummary> first = pages.find(tms, 1, NOW, counted(page(FREE_AT)));

    ResultPage<ProviderSummary> again =
        pages.find(tms, 1, NOW.plusSeconds(29), counted(page(FREE_AT)));

    assertThat(again).isSameAs(first);
    assertThat(searches).hasValue(1);
  }

  @Test
  void searchesAgainOnceAvailabilityChanged() {
    assertThat(searchesToAskAgain(2, NOW.plusSeconds(1))).isEqualTo(2);
  }

  @Test
  void searchesAgainOnceAShownTimeCanNoLongerBeBooked() {
    Instant soon = NOW.plus(Duration.ofHours(2)).plusSeconds(30);
    pages.find(tms, 1, NOW, counted(page(soon)));

    pages.find(tms, 1, NOW.plusSeconds(29), counted(page(FREE_AT)));
    assertThat(searches).as("two hours' notice left").hasValue(1);
    pages.find(tms, 1, NOW.plusSeconds(30), counted(page(FREE_AT)));
    assertThat(searches).as("within the minimum notice").hasValue(2);
  }

  @Test
  void aShownTimeStaysBookableUntilItsOwnClinicsMinimumNotice() {
    Instant soon = NOW.plus(Duration.ofMinutes(30)).plusSeconds(30);
    pages.find(tms, 1, NOW, counted(page(soon, Duration.ofMinutes(30))));

    pages.find(tms, 1, NOW.plusSeconds(29), counted(page(FREE_AT)));
    assertThat(searches).as("half an hour's notice left").hasValue(1);
    pages.find(tms, 1, NOW.plusSeconds(30), counted(page(FREE_AT)));
    assertThat(searches).as("within that clinic's notice").hasValue(2);
  }

  @Test
  void searchesAgainAfterItsTimeInMemory() {
    assertThat(searchesToAskAgain(1, NOW.plusSeconds(60))).isEqualTo(2);
  }

  @Test
  void searchesAgainOnceAHoldItSawLapses() {
    Instant lapse = NOW.plusSeconds(10);
    ResultPage<ProviderSummary> held =
        pages.find(tms, 1, NOW, counted(page(FREE_AT), Optional.of(lapse)));

    assertThat(pages.find(tms, 1, lapse.minusMillis(1), counted(page(FREE_AT)))).isSameAs(held);
    assertThat(pages.find(tms, 1, lapse, counted(page(FREE_AT)))).isNotSameAs(held);
    assertThat(searches).hasValue(2);
  }

  @Test
  void keepsEachCriteriaApart() {
    pages.find(tms, 1, NOW, counted(page(FREE_AT)));

    pages.find(criteria("SPRAVATO"), 1, NOW, counted(page(FREE_AT)));

    assertThat(searches).hasValue(2);
  }

  @Test
  void keepsAPageAskedOftenAmongMoreOneOffSearchesThanItHasRoomFor() {
    pages.find(tms, 1, NOW, counted(page(FREE_AT)));

    for (int radius = 1; radius <= 250; radius++) {
      SearchCriteria oneOff =
          SearchCriteria.validated(
              new SearchCriteria.Input(
                  "10001", radius, "SPRAVATO", null, null, null, null, null, null, null));
      pages.find(oneOff, 1, NOW, counted(page(FREE_AT)));
      pages.find(tms, 1, NOW, counted(page(FREE_AT)));
    }

    assertThat(searches).as("the first TMS search and the 250 one-offs").hasValue(251);
  }

  @Test
  void letsOnlyOneRequestRunTheSameSearch() throws Exception {
    CountDownLatch finish = new CountDownLatch(1);
    var first = searchBegun(1, NOW, finish);
    CompletableFuture<ResultPage<ProviderSummary>> second = new CompletableFuture<>();
    Thread asking =
        new Thread(() -> second.complete(pages.find(tms, 1, NOW, counted(page(FREE_AT)))));

    asking.start();
    awaitWaiting(asking);
    assertThat(searches).as("the second request ran no search of its own").hasValue(1);
    finish.countDown();

    assertThat(second.get(5, TimeUnit.SECONDS)).isSameAs(first.get(5, TimeUnit.SECONDS));
    assertThat(searches).hasValue(1);
  }

  @Test
  void servesTheAgedPageWhileOneRequestSearchesItAnew() throws Exception {
    ResultPage<ProviderSummary> aged = pages.find(tms, 1, NOW, counted(page(FREE_AT)));
    CountDownLatch finish = new CountDownLatch(1);
    Instant later = NOW.plusSeconds(61);
    var renewing = searchBegun(1, later, finish);

    assertThat(pages.find(tms, 1, later, counted(page(FREE_AT)))).isSameAs(aged);
    finish.countDown();
    ResultPage<ProviderSummary> renewed = renewing.get(5, TimeUnit.SECONDS);

    assertThat(renewed).isNotSameAs(aged);
    assertThat(pages.find(tms, 1, later, counted(page(FREE_AT)))).isSameAs(renewed);
    assertThat(searches).hasValue(2);
  }

  @Test
  void renewsOnePageAtATime() throws Exception {
    SearchCriteria spravato = criteria("SPRAVATO");
    pages.find(tms, 1, NOW, counted(page(FREE_AT)));
    ResultPage<ProviderSummary> agedSpravato = pages.find(spravato, 1, NOW, counted(page(FREE_AT)));
    CountDownLatch finish = new CountDownLatch(1);
    Instant later = NOW.plusSeconds(61);
    var renewingTms = searchBegun(1, later, finish);

    assertThat(pages.find(spravato, 1, later, counted(page(FREE_AT)))).isSameAs(agedSpravato);
    assertThat(searches).hasValue(3);
    finish.countDown();
    renewingTms.get(5, TimeUnit.SECONDS);

    assertThat(pages.find(spravato, 1, later, counted(page(FREE_AT)))).isNotSameAs(agedSpravato);
    assertThat(searches).hasValue(4);
  }

  @Test
  void neverSharesASearchBegunBeforeTheLatestChange() throws Exception {
    CountDownLatch finish = new CountDownLatch(1);
    var before = searchBegun(1, NOW, finish);

    ResultPage<ProviderSummary> after = pages.find(tms, 2, NOW, counted(page(FREE_AT)));
    finish.countDown();

    assertThat(after).isNotSameAs(before.get(5, TimeUnit.SECONDS));
    assertThat(searches).hasValue(2);
  }

  @Test
  void givesEveryWaitingRequestTheSearchsFailure() {
    assertThatThrownBy(
            () ->
                pages.find(
                    tms,
                    1,
                    NOW,
                    () -> {
                      throw new IllegalArgumentException("unknown ZIP");
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown ZIP");

    pages.find(tms, 1, NOW, counted(page(FREE_AT)));
    assertThat(searches).as("a failed search is not kept").hasValue(1);
  }

  /** Searches run to ask for TMS at {@link #NOW} under version 1, then at {@code at} under that. */
  private int searchesToAskAgain(long version, Instant at) {
    pages.find(tms, 1, NOW, counted(page(FREE_AT)));
    pages.find(tms, version, at, counted(page(FREE_AT)));
    return searches.get();
  }

  private Supplier<KeptPages.Searched> counted(ResultPage<ProviderSummary> page) {
    return counted(page, Optional.empty());
  }

  private Supplier<KeptPages.Searched> counted(
      ResultPage<ProviderSummary> page, Optional<Instant> firstHoldLapse) {
    return () -> {
      searches.incrementAndGet();
      return new KeptPages.Searched(page, firstHoldLapse);
    };
  }

  /** Starts a TMS search that waits for {@code finish}, and returns once it has begun. */
  private CompletableFuture<ResultPage<ProviderSummary>> searchBegun(
      long version, Instant at, CountDownLatch finish) throws InterruptedException {
    CountDownLatch searching = new CountDownLatch(1);
    var search =
        CompletableFuture.supplyAsync(
            () -> pages.find(tms, version, at, blocked(searching, finish)));
    searching.await(5, TimeUnit.SECONDS);
    return search;
  }

  /** A search that says it has begun, then waits to be let finish. */
  private Supplier<KeptPages.Searched> blocked(CountDownLatch searching, CountDownLatch finish) {
    return () -> {
      searches.incrementAndGet();
      searching.countDown();
      try {
        finish.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new KeptPages.Searched(page(FREE_AT), Optional.empty());
    };
  }

  /**
   * Returns once {@code thread} waits (parked on the search it shares), so that the first search is
   * known to be running while the second request asks; fails if it finished instead, having
   * searched by itself.
   */
  private static void awaitWaiting(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (thread.getState() != Thread.State.WAITING) {
      assertThat(thread.getState())
          .as("the second request should wait for the running search")
          .isNotEqualTo(Thread.State.TERMINATED);
      assertThat(System.nanoTime()).as("waited 5 s for the second request").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  private static SearchCriteria criteria(String treatment) {
    return SearchCriteria.validated(
        new SearchCriteria.Input("10001", 25, treatment, null, null, null, null, null, null, null));
  }

  private static ResultPage<ProviderSummary> page(Instant nextAvailable) {
    return page(nextAvailable, Duration.ofHours(2));
  }

  /** KeptPages reads only a page's next available times and their clinics' minimum notice. */
  private static ResultPage<ProviderSummary> page(Instant nextAvailable, Duration notice) {
    var clinic =
        new ClinicSummary(
            3, "Clinic", "1 Main St", "New York", "NY", "10001", ZoneOffset.UTC, notice);
    var provider =
        new ProviderSummary(
            7,
            "Dana Whitfield",
            "MD",
            clinic,
            0.6,
            List.of(),
            List.of(),
            List.of(),
            true,
            true,
            Optional.of(nextAvailable));
    return new ResultPage<>(List.of(provider), 1, 0, 20);
  }
}
