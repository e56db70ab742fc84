package org.salescycle.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test method of a {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} class a fresh
 * {@link Browser} on the application's port as a parameter, and closes it afterwards. The browser
 * is in English unless the method or its class names another {@link BrowserLanguage}.
 */
public class BrowserExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    String port = SpringExtension.getApplicationContext(context).getEnvironment()
        .getRequiredProperty("local.server.port");
    context.getStore(NAMESPACE).put(Browser.class,
        Browser.open(Integer.parseInt(port), language(context)));
  }

  private static String language(ExtensionContext context) {
    return AnnotationSupport.findAnnotation(context.getTestMethod(), BrowserLanguage.class)
        .or(() -> AnnotationSupport.findAnnotation(context.getTestClass(), BrowserLanguage.class))
        .map(BrowserLanguage::value)
        .orElse(BrowserLanguage.ENGLISH);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
    if (browser != null) {
      browser.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
  }
}
