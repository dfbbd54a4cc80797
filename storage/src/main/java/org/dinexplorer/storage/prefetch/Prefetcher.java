package org.dinexplorer.storage.prefetch;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Items produced on a daemon thread into a bounded queue and handed to one consumer in order.
 *
 * <p>When the producer throws, the items it put before are handed out first, then {@link #next()} rethrows its
 * exception. {@link #close()} stops the producer and waits for it, so whatever it reads can be closed safely
 * afterwards; it may be called from another thread while the consumer waits in {@code next()}, which then returns
 * {@code null}. Both sides wait in short polls rather than indefinitely for that reason.
 *
 * <p>A pooled prefetcher ({@link #pooled}) keeps memory flat with large reusable items: the producer fills the
 * items it gets from {@link Sink#reuse()}, and the consumer gives each back with {@link #recycle} once done with it.
 *
 * @param <T> the items
 */
public final class Prefetcher<T> implements AutoCloseable {

    /** Fills a sink on the background thread; returning normally ends the items. */
    @FunctionalInterface
    public interface Producer<T> {
        /**
         * Puts the items in order. Runtime exceptions and errors reach the consumer after the items put before.
         *
         * @throws InterruptedException when the prefetcher was closed (stop quietly)
         */
        void produce(Sink<T> sink) throws InterruptedException;
    }

    /** The producer's side: putting items and taking back recycled ones. */
    public interface Sink<T> {
        /**
         * Queues {@code item}, waiting while the queue is full.
         *
         * @throws InterruptedException once the prefetcher is closed
         */
        void put(T item) throws InterruptedException;

        /**
         * A pooled item the consumer has given back (or not yet used), waiting until there is one.
         *
         * @throws InterruptedException  once the prefetcher is closed
         * @throws IllegalStateException if the prefetcher has no pool
         */
        T reuse() throws InterruptedException;
    }

    /** The end of the items, normal ({@code failure == null}) or by an exception of the producer. */
    private record End(@Nullable Throwable failure) {
    }

    private static final long POLL_MILLIS = 100;

    private final BlockingQueue<Object> queue;
    private final @Nullable BlockingQueue<T> pool;
    private final Thread thread;
    private volatile boolean closed;
    private @Nullable End end;

    private Prefetcher(String threadName, int capacity, @Nullable List<T> pooled, Producer<T> producer) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        queue = new ArrayBlockingQueue<>(capacity);
        pool = pooled == null ? null : new ArrayBlockingQueue<>(capacity, false, pooled);
        thread = new Thread(() -> run(producer), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts {@code producer} on a daemon thread named {@code threadName}, at most {@code capacity} items ahead. */
    public static <T> Prefetcher<T> start(String threadName, int capacity, Producer<T> producer) {
        return new Prefetcher<>(threadName, capacity, null, producer);
    }

    /**
     * Starts {@code producer}, which fills only the items of {@code pool} (through {@link Sink#reuse()}); at most
     * all of them are queued ahead.
     */
    public static <T> Prefetcher<T> pooled(String threadName, List<T> pool, Producer<T> producer) {
        return new Prefetcher<>(threadName, pool.size(), List.copyOf(pool), producer);
    }

    private void run(Producer<T> producer) {
        Sink<T> sink = new Sink<>() {
            @Override
            public void put(T item) throws InterruptedException {
                offer(item);
            }

            @Override
            public T reuse() throws InterruptedException {
                if (pool == null) {
                    throw new IllegalStateException("this prefetcher has no pool");
                }
                while (!closed) {
                    T item = pool.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (item != null) {
                        return item;
                    }
                }
                throw new InterruptedException("closed");
            }
        };
        try {
            try {
                producer.produce(sink);
            } catch (RuntimeException | Error e) {
                offer(new End(e));
                return;
            }
            offer(new End(null));
        } catch (InterruptedException e) {
            // closed by the consumer: stop quietly
            Thread.currentThread().interrupt();
        }
    }

    private void offer(Object item) throws InterruptedException {
        while (!closed) {
            if (queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
        throw new InterruptedException("closed");
    }

    /**
     * The next item, or null after the last one or once closed. After a failure every call throws it again.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    @SuppressWarnings("unchecked")
    public @Nullable T next() throws InterruptedException {
        Object item = null;
        while (end == null && item == null && !closed) {
            item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
        if (item instanceof End last) {
            end = last;
        }
        if (end != null) {
            Throwable failure = end.failure();
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return null;
        }
        return (T) item;
    }

    /** Gives a pooled item back to the producer once the consumer is done with it. */
    public void recycle(T item) {
        if (pool == null) {
            throw new IllegalStateException("this prefetcher has no pool");
        }
        if (!pool.offer(item)) {
            throw new IllegalStateException("more items recycled than the pool holds");
        }
    }

    /** Waits until the producer has finished (after its last item, or after closing). */
    public void awaitProducer() throws InterruptedException {
        thread.join();
    }

    /** Stops the producer and waits for it; queued items are dropped. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        queue.clear();
        if (Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
