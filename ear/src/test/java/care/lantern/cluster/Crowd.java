package care.lantern.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Many clients, each on its own thread, released at one moment. */
final class Crowd {

  private Crowd() {}

  /** Runs {@code attempt(i)} for i in 0..n-1 all at once and answers the results in order. */
  static <T> List<T> race(int n, IntFunction<T> attempt) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int racer = i;
        futures.add(
            threads.submit(
                () -> {
                  start.await();
                  return attempt.apply(racer);
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(2, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
