package org.tremplin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's own arithmetic (the benchmark itself runs outside the test suite). */
class BenchmarkTest {

    @Test
    void theCompilersShareIsTheirTicksOverAllTicksOfTheWindow() {
        Map<Boolean, Long> before = Map.of(true, 1_000L, false, 5_000L);
        Map<Boolean, Long> after = Map.of(true, 1_140L, false, 5_860L); // 140 of 1,000 ticks
        assertEquals("14.0 %", Benchmark.compilerShare(before, after));
    }

    @Test
    void aRatioTargetIsMetUpToItsBoundAsPrinted() {
        Benchmark.Target twice = Benchmark.Target.ratio(2);
        assertEquals("≤ 2×", twice.text());
        assertEquals("met", twice.verdict(60, 30));
        assertEquals("met", twice.verdict(60.1, 30)); // 2.00× as printed
        assertEquals("NOT met", twice.verdict(61, 30)); // 2.03×
        assertEquals("≤ 0.25×", Benchmark.Target.ratio(0.25).text());
        assertEquals("NOT met", Benchmark.Target.ratio(0.25).verdict(30, 100));
    }

    @Test
    void anAmountTargetIgnoresTheBaselineAndNoTargetHasNoVerdict() {
        Benchmark.Target heap = Benchmark.Target.most(384, "MB");
        assertEquals("≤ 384 MB", heap.text());
        assertEquals("met", heap.verdict(384, 1));
        assertEquals("NOT met", heap.verdict(385, 1_000));
        assertEquals("", Benchmark.Target.NONE.text());
        assertEquals("", Benchmark.Target.NONE.verdict(5, 1));
    }

    @Test
    void withoutProcOrWithoutTicksTheShareIsUnknown() {
        assertEquals("unknown (no /proc)", Benchmark.compilerShare(Map.of(), Map.of(true, 1L, false, 1L)));
        Map<Boolean, Long> same = Map.of(true, 7L, false, 9L);
        assertEquals("unknown", Benchmark.compilerShare(same, same));
    }
}
