package org.jixiao.app.cli;

/** Exit codes of every command. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    /** The input file (or the command line) is wrong; the message says where. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
