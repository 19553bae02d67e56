package org.cqfriendship.logistics.support.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trace of the work at hand (Micrometer Tracing): an HTTP request, or the consumption of an
 * event whose {@code traceparent} header the listener's observation continued. An event written
 * to an outbox keeps the W3C {@code traceparent} of the work that wrote it and the relay puts it
 * back on the record, so one change keeps one trace id from the form to the alert it causes.
 */
public class Traces {

    public static final String HEADER = "traceparent";
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    private final Tracer tracer;

    public Traces(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The W3C {@code traceparent} of the current span, or null outside any trace. */
    public String currentParent() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return null;
        }
        TraceContext context = span.context();
        return "00-" + pad(context.traceId(), 32) + "-" + pad(context.spanId(), 16) + "-"
                + (Boolean.FALSE.equals(context.sampled()) ? "00" : "01");
    }

    /** The current trace id, or null outside any trace. */
    public String currentTraceId() {
        return traceIdOf(currentParent());
    }

    /**
     * Runs {@code work} in a span that continues {@code traceparent} (as it is, when that is not
     * one): what a batch listener does for one of its records, which no observation wraps, so that
     * the events it writes keep the record's trace.
     */
    public <T> T continuing(String traceparent, Supplier<T> work) {
        Matcher matcher = traceparent == null ? null : TRACEPARENT.matcher(traceparent);
        if (matcher == null || !matcher.matches()) {
            return work.get();
        }
        TraceContext parent = tracer.traceContextBuilder().traceId(matcher.group(1)).spanId(matcher.group(2))
                .sampled(!"00".equals(matcher.group(3))).build();
        Span span = tracer.spanBuilder().setParent(parent).name("batch-record").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } finally {
            span.end();
        }
    }

    /** The record's {@code traceparent} header, or null. */
    public static String parentOf(ConsumerRecord<?, ?> record) {
        var header = record.headers().lastHeader(HEADER);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The trace id in a {@code traceparent}, or null when it is not one. */
    public static String traceIdOf(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        Matcher matcher = TRACEPARENT.matcher(traceparent);
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static String pad(String hex, int length) {
        return hex.length() >= length ? hex : "0".repeat(length - hex.length()) + hex;
    }
}
