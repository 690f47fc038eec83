package org.jixiao.formats.document;

import org.jixiao.core.review.Where;

/** One block of a document in reading order: a paragraph of text or a table. */
public sealed interface Block permits TextBlock, TableBlock {
    /** Where the block starts. */
    Where where();
}
