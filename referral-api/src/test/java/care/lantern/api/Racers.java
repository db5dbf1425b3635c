package care.lantern.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Requests sent at the same moment, for tests of what the server does under concurrency. */
public final class Racers {

  private Racers() {}

  /** What {@code racers} threads answered, each sending {@code request} once behind one start. */
  public static List<ApiClient.Answer> race(int racers, IntFunction<ApiClient.Answer> request)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ApiClient.Answer>> answers = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      int racer = i;
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return request.apply(racer);
              }));
    }
    start.countDown();
    List<ApiClient.Answer> results = new ArrayList<>();
    try {
      for (Future<ApiClient.Answer> answer : answers) {
        results.add(answer.get(2, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
    return results;
  }
}
