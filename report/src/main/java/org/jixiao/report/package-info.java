/**
 * Documents computed from the core model: Word (.docx through poi-tl templates, with native charts) and HTML. One
 * sub-package per document kind ({@code evaluation} for the department evaluation report, {@code selfeval} for
 * self-evaluation tables, {@code accounts} for the final-accounts 情况说明).
 */
package org.jixiao.report;
