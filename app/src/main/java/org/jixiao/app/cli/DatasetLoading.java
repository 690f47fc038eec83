package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.jixiao.formats.dataset.DatasetException;
import org.jixiao.formats.dataset.DatasetProblem;
import org.jixiao.formats.dataset.DatasetReader;

/** Reads a dataset for a command, printing every problem with its file and line when it is unusable. */
final class DatasetLoading {
    private DatasetLoading() {}

    /** @return the dataset, or null after printing the problems to {@code err} */
    static DatasetReader.Read load(Path file, PrintWriter err, boolean showWarnings) {
        try {
            DatasetReader.Read read = DatasetReader.read(file);
            if (showWarnings) {
                read.warnings().forEach(w -> err.println(w.describe()));
            }
            return read;
        } catch (DatasetException e) {
            for (DatasetProblem problem : e.problems()) {
                err.println(problem.describe());
            }
            err.println("共 " + e.problems().size() + " 个错误，文件未被使用。");
            return null;
        }
    }
}
