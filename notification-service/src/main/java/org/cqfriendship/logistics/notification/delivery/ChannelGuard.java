package org.cqfriendship.logistics.notification.delivery;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.cqfriendship.logistics.notification.alert.Channel;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a send through its channel's Resilience4j instances (named after the channel, configured in
 * application.yml): innermost the time limit, then the bulkhead, the rate limiter, the circuit
 * breaker, and outermost the retry. A breaker that is open fails at once and is not retried.
 */
@Component
class ChannelGuard implements DisposableBean {

    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;
    private final RateLimiterRegistry rateLimiters;
    private final BulkheadRegistry bulkheads;
    private final TimeLimiterRegistry timeLimiters;
    private final ExecutorService senders = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "channel-send");
        thread.setDaemon(true);
        return thread;
    });

    ChannelGuard(CircuitBreakerRegistry breakers, RetryRegistry retries, RateLimiterRegistry rateLimiters,
                 BulkheadRegistry bulkheads, TimeLimiterRegistry timeLimiters) {
        this.breakers = breakers;
        this.retries = retries;
        this.rateLimiters = rateLimiters;
        this.bulkheads = bulkheads;
        this.timeLimiters = timeLimiters;
    }

    void call(Channel channel, Callable<Void> send) throws Exception {
        String name = channel.guardName();
        Callable<Void> timed = TimeLimiter.decorateFutureSupplier(timeLimiters.timeLimiter(name), () -> senders.submit(send));
        Callable<Void> guarded = Retry.decorateCallable(retries.retry(name),
                CircuitBreaker.decorateCallable(breakers.circuitBreaker(name),
                        RateLimiter.decorateCallable(rateLimiters.rateLimiter(name),
                                Bulkhead.decorateCallable(bulkheads.bulkhead(name), timed))));
        guarded.call();
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
    }
}
