package org.salescycle.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The language of the browser {@link BrowserExtension} gives a test method (or every method of a
 * class), as a language tag such as "pl"; without it the browser is in English.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BrowserLanguage {

  String ENGLISH = "en-US";

  String value();
}
