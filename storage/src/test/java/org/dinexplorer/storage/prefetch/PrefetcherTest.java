package org.dinexplorer.storage.prefetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Items arrive in order, failures after the items before them, and closing stops the producer. */
@Timeout(10)
class PrefetcherTest {

    @Test
    void handsOutEveryItemInOrderThenNull() throws Exception {
        List<Integer> seen = new ArrayList<>();
        try (Prefetcher<Integer> items = Prefetcher.start("test", 3, sink -> {
            for (int i = 0; i < 1_000; i++) {
                sink.put(i);
            }
        })) {
            for (Integer item = items.next(); item != null; item = items.next()) {
                seen.add(item);
            }
            assertThat(items.next()).isNull();
        }
        assertThat(seen).hasSize(1_000);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
    }

    @Test
    void rethrowsTheProducersFailureAfterTheItemsBeforeIt() throws Exception {
        IllegalStateException failure = new IllegalStateException("broken at 3");
        try (Prefetcher<Integer> items = Prefetcher.start("test", 2, sink -> {
            for (int i = 0; i < 3; i++) {
                sink.put(i);
            }
            throw failure;
        })) {
            assertThat(items.next()).isZero();
            assertThat(items.next()).isEqualTo(1);
            assertThat(items.next()).isEqualTo(2);
            assertThatThrownBy(items::next).isSameAs(failure);
            assertThatThrownBy(items::next).isSameAs(failure);
        }
    }

    @Test
    void closingMidStreamStopsAndJoinsTheProducer() throws Exception {
        AtomicReference<Thread> producer = new AtomicReference<>();
        AtomicInteger produced = new AtomicInteger();
        Prefetcher<Integer> items = Prefetcher.start("test", 2, sink -> {
            producer.set(Thread.currentThread());
            for (int i = 0; ; i++) {
                sink.put(i);
                produced.incrementAndGet();
            }
        });
        assertThat(items.next()).isZero();
        items.close();

        assertThat(producer.get().isAlive()).isFalse();
        assertThat(producer.get().isDaemon()).isTrue();
        // one taken, two queued, at most one more put into the room that closing cleared
        assertThat(produced.get()).isLessThanOrEqualTo(4);
        assertThat(items.next()).isNull();
    }

    @Test
    void closingFromAnotherThreadReleasesAWaitingConsumer() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AtomicReference<Thread> producer = new AtomicReference<>();
        Prefetcher<Integer> items = Prefetcher.start("test", 2, sink -> {
            producer.set(Thread.currentThread());
            never.await();
        });
        Thread closer = new Thread(() -> {
            sleepQuietly(200);
            items.close();
        });
        closer.start();

        assertThat(items.next()).isNull();
        closer.join();
        assertThat(producer.get().isAlive()).isFalse();
    }

    @Test
    void aPooledProducerFillsOnlyThePooledItemsAndWaitsForTheirReturn() throws Exception {
        List<int[]> pool = List.of(new int[1], new int[1], new int[1]);
        Set<int[]> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        AtomicInteger produced = new AtomicInteger();
        List<Integer> values = new ArrayList<>();
        try (Prefetcher<int[]> items = Prefetcher.pooled("test", pool, sink -> {
            for (int i = 0; i < 100; i++) {
                int[] buffer = sink.reuse();
                buffer[0] = i;
                sink.put(buffer);
                produced.incrementAndGet();
            }
        })) {
            int[] first = items.next();
            // without recycling, the producer stops once the pool is spent
            TimeUnit.MILLISECONDS.sleep(300);
            assertThat(produced.get()).isEqualTo(pool.size());
            values.add(first[0]);
            items.recycle(first);
            for (int[] item = items.next(); item != null; item = items.next()) {
                seen.add(item);
                values.add(item[0]);
                items.recycle(item);
            }
        }
        assertThat(values).hasSize(100);
        for (int i = 0; i < values.size(); i++) {
            assertThat(values.get(i)).isEqualTo(i);
        }
        assertThat(seen).allMatch(item -> pool.stream().anyMatch(p -> p == item));
    }

    @Test
    void onlyAPooledPrefetcherTakesItemsBack() {
        try (Prefetcher<Integer> items = Prefetcher.start("test", 1, sink -> sink.put(1))) {
            assertThatThrownBy(() -> items.recycle(1)).isInstanceOf(IllegalStateException.class);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
