/**
 * How much outside input may cost, in one place: the size and shape of Office/zip packages
 * ({@link org.jixiao.formats.limits.ZipLimits}), of workbooks ({@link org.jixiao.formats.limits.WorkbookLimits}) and of
 * the values a file or a request may carry ({@link org.jixiao.formats.limits.Values}: no control characters, numbers
 * within what the computations handle). Every refusal says which limit was reached, in Chinese.
 */
package org.jixiao.formats.limits;
