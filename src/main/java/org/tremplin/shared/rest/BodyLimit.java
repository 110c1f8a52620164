package org.tremplin.shared.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;

/**
 * Bounds every request body of the API before anything reads it: {@value #DEFAULT_BYTES} bytes for JSON, the
 * size a route declares with {@link Max} for files. A body announced larger (Content-Length) is refused at
 * once; one sent without a length (chunked) is cut where it passes the bound. Either answers 413
 * problem+json, nothing read into memory beyond the bound, nothing stored.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR) // before ControlCharacters, which reads JSON bodies whole
public class BodyLimit implements ContainerRequestFilter {

    /** The most a JSON body may weigh: the largest (a register of a big cohort) is a few kilobytes. */
    public static final long DEFAULT_BYTES = 1024 * 1024;

    /** The most a route's body may weigh, in bytes (files: CSV imports). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Max {
        long value();
    }

    /** A body past its route's bound: 413. */
    public static class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        public TooLarge(long limit) {
            super("The request body is larger than " + describe(limit) + ", the most this route takes: "
                    + (limit > DEFAULT_BYTES ? "split the file." : "send less."));
        }
    }

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        long limit = limitOf(resource == null ? null : resource.getResourceMethod());
        if (request.getLength() > limit) {
            throw new TooLarge(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    static long limitOf(Method method) {
        Max max = method == null ? null : method.getAnnotation(Max.class);
        return max == null ? DEFAULT_BYTES : max.value();
    }

    static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    /** Reads through, and fails once more than {@code limit} bytes came. */
    static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }
    }
}
