package org.jixiao.formats.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.review.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated batch: review and import find exactly the injected defects — no more, no fewer. */
class SyntheticBatchTest {
    @Test
    void findsExactlyTheInjectedErrors(@TempDir Path dir) throws Exception {
        SyntheticBatch.Generated generated = SyntheticBatch.generate(dir, 420, 11, 0.5, 10, 60, false);
        List<SyntheticBatch.Injected> manifest = SyntheticBatch.readManifest(dir.resolve(SyntheticBatch.MANIFEST));
        assertThat(manifest).isEqualTo(generated.injected());
        // every kind of defect is in the batch at least once
        assertThat(manifest).extracting(SyntheticBatch.Injected::code).containsAll(SyntheticBatch.TABLE_DEFECTS)
                .contains("SE_UNCHECKED", "IMPORT_DUPLICATE", "IMPORT_COLUMN");

        List<Finding> found = new ArrayList<>();
        int[] tables = {0};
        SelfEvalBatch.Result result = SelfEvalBatch.process(SelfEvalBatch.expand(List.of(dir)), 2, p -> {
            tables[0]++;
            found.addAll(p.findings());
        });
        found.addAll(result.problems());
        List<SyntheticBatch.Injected> actual = found.stream()
                .map(f -> new SyntheticBatch.Injected(f.location().document(), f.location().part(), f.code())).toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(manifest);
        // the 420 regular tables are all imported, and the 6 bad workbooks whose cells only cannot be checked; the 2 with
        // a missing column are refused, the 2 duplicates left out
        assertThat(tables[0]).isEqualTo(426);
        assertThat(result.tablesImported()).isEqualTo(426);
        assertThat(result.filesRejected()).isEqualTo(2);
    }
}
