package org.jixiao.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Skips a browser test (with a message saying what is missing) where the system Chromium, its driver or the built front
 * end are absent. Inherited, so that every subclass of {@link BrowserTest} is covered: JUnit does not inherit a plain
 * {@code @EnabledIf}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@EnabledIf(value = "org.jixiao.app.web.BrowserTest#browserAvailable", disabledReason = BrowserTest.SKIP_REASON)
@interface RequiresBrowser {}
