package org.jixiao.app.cli;

/** Output formats of the reporting commands. Lower-case so that {@code --format json} reads naturally. */
enum OutputFormat {
    text,
    json
}
