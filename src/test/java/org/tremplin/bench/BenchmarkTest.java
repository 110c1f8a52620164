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
    void withoutProcOrWithoutTicksTheShareIsUnknown() {
        assertEquals("unknown (no /proc)", Benchmark.compilerShare(Map.of(), Map.of(true, 1L, false, 1L)));
        Map<Boolean, Long> same = Map.of(true, 7L, false, 9L);
        assertEquals("unknown", Benchmark.compilerShare(same, same));
    }
}
