package org.salescycle.catalogue;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.salescycle.shared.InvalidField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the demo setup and the tests only: adds the configured products whose code is not in the
 * catalogue yet. A product that exists keeps what a manager made of it, even when retired.
 */
@Component
@Profile({"demo", "test"})
@Order(4)
public class DemoProducts implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoProducts.class);

  private final ProductCatalogue catalogue;
  private final DemoProductsProperties properties;

  public DemoProducts(ProductCatalogue catalogue, DemoProductsProperties properties) {
    this.catalogue = catalogue;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    for (DemoProductsProperties.DemoProduct demo : properties.products()) {
      ProductRequest request =
          new ProductRequest(demo.name(), demo.unitPrice(), demo.currency(), true);
      List<InvalidField> errors = ProductRules.check(demo.code(), request);
      if (!errors.isEmpty()) {
        throw new IllegalStateException(
            "sales-cycle.demo.products: product " + demo.code() + " is invalid: " + errors);
      }
      if (catalogue.insertIfAbsent(ProductRules.product(demo.code(), request, now))) {
        LOG.info("Demo product {} added", demo.code());
      }
    }
  }
}
