package org.jixiao.app;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workplace's reference documents ({@code ../shared/reference}, or {@code JIXIAO_SHARED_REFERENCE}) for the tests
 * that check against them. Missing, such a test is skipped with a message saying so on a developer's machine, and
 * fails under {@code CI=true}: a CI run must not be green having checked nothing.
 */
public final class SharedReference {
    private SharedReference() {}

    /** The reference folder: {@code ../../shared/reference} from a module, else {@code JIXIAO_SHARED_REFERENCE}. */
    public static Path folder() {
        Path relative = Path.of("..", "..", "shared", "reference");
        String env = System.getenv("JIXIAO_SHARED_REFERENCE");
        return Files.isDirectory(relative) || env == null ? relative : Path.of(env);
    }

    /**
     * Whether the reference folder is there, for a test that checks its files besides its own: said on stderr when not,
     * and a failure under {@code CI=true}.
     */
    public static boolean present() {
        if (Files.isDirectory(folder())) {
            return true;
        }
        String message = "参考文件夹 " + folder() + " 不存在（../shared/reference 或 JIXIAO_SHARED_REFERENCE）";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + "：CI=true 时必须有它");
        }
        System.err.println("[SharedReference] " + message + "：只检查本仓库的输入");
        return false;
    }

    /** A file of the reference folder ({@code figures/…} too), there for the test to read; see the class comment. */
    public static Path require(String file) {
        Path path = folder().resolve(file);
        if (!Files.exists(path)) {
            String message = "参考文件 " + path + " 不存在（../shared/reference 或 JIXIAO_SHARED_REFERENCE）";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + "：CI=true 时必须有它，测试失败而不是跳过");
            }
            System.err.println("[SharedReference] " + message + "：跳过");
            assumeTrue(false, message + "：跳过");
        }
        return path;
    }
}
