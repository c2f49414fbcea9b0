package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every environment's memory limit holds the image's heap (its percentage of the limit) and the JVM's own memory
 * beside it, as measured with bench/memory.sh: a higher percentage or a smaller limit would be an OOM kill during the
 * largest import.
 */
class ChartMemoryTest {

    // measured beyond the heap at the peak of the largest import: 170 MiB (Serial GC) to 252 MiB (G1), and room
    private static final long JVM_OWN_MIB = 300;
    private static final Pattern HEAP_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");
    private static final Pattern QUANTITY = Pattern.compile("(\\d+)(Mi|Gi)");

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", "values-staging.yaml", "values-production.yaml"})
    void the_memory_limit_holds_the_heap_and_the_jvm_beside_it(String valuesFile) throws IOException {
        String limit = (String) Manifests.at(Manifests.container(Chart.render(valuesFile).one("Deployment")),
                "resources.limits.memory");
        long limitMib = mebibytes(limit);
        double heapMib = limitMib * heapPercentage() / 100;

        assertThat(heapMib + JVM_OWN_MIB).as("heap of %s and the JVM's own memory", limit).isLessThanOrEqualTo(
                limitMib);
        // and a heap worth having: the largest import keeps about 170 MiB of it alive
        assertThat(heapMib).as("heap of %s", limit).isGreaterThanOrEqualTo(256);
    }

    private static double heapPercentage() throws IOException {
        Matcher flag = HEAP_PERCENTAGE.matcher(Files.readString(RepositoryRoot.find().resolve("consumesafe-api")
                .resolve("pom.xml")));
        assertThat(flag.find()).as("-XX:MaxRAMPercentage in the image's JVM flags").isTrue();
        return Double.parseDouble(flag.group(1));
    }

    private static long mebibytes(String quantity) {
        Matcher matcher = QUANTITY.matcher(quantity);
        assertThat(matcher.matches()).as("a memory quantity in Mi or Gi: %s", quantity).isTrue();
        return Long.parseLong(matcher.group(1)) * ("Gi".equals(matcher.group(2)) ? 1024 : 1);
    }
}
