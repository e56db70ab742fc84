package org.salescycle.catalogue;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The products of the demo setup (application-demo.yaml) and of the tests. */
@ConfigurationProperties("sales-cycle.demo")
public record DemoProductsProperties(List<DemoProduct> products) {

  public DemoProductsProperties {
    products = products == null ? List.of() : List.copyOf(products);
  }

  public record DemoProduct(String code, String name, BigDecimal unitPrice, String currency) {}
}
