package org.salescycle.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salescycle.identity.DemoUsersProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo as a Polish company (profiles demo and demo-pl): the settings as Spring reads them,
 * demo-pl over the demo over application.yaml.
 */
class PolishDemoTest {

  @Test
  void sellsInPlnWithVatFromAPolishCatalogueWithPolishUserNames() throws IOException {
    Binder polish = binder("application-demo-pl.yaml", "application-demo.yaml",
        "application.yaml");

    assertThat(polish.bind("sales-cycle.currency", String.class).get()).isEqualTo("PLN");
    assertThat(polish.bind("sales-cycle.quote.tax-rate", BigDecimal.class).get())
        .isEqualByComparingTo("23");
    assertThat(polish.bind("spring.datasource.url", String.class).get())
        .as("its own database").contains("./data-pl/");

    var products = polish.bind("sales-cycle.demo", DemoProductsProperties.class).get().products();
    assertThat(products).extracting(DemoProductsProperties.DemoProduct::code)
        .as("the codes of the demo catalogue").containsExactlyElementsOf(
            binder("application-demo.yaml").bind("sales-cycle.demo", DemoProductsProperties.class)
                .get().products().stream().map(DemoProductsProperties.DemoProduct::code).toList());
    assertThat(products).allSatisfy(product -> {
      assertThat(product.currency()).isEqualTo("PLN");
      assertThat(ProductRules.check(product.code(), new ProductRequest(product.name(),
          product.unitPrice(), product.currency(), true))).isEmpty();
    });
    assertThat(products).extracting(DemoProductsProperties.DemoProduct::name)
        .contains("Licencja Sales Cycle, za stanowisko", "Dzień warsztatów wdrożeniowych");

    var users = polish.bind("sales-cycle.demo", DemoUsersProperties.class).get().users();
    assertThat(users).extracting(DemoUsersProperties.DemoUser::id)
        .containsExactly("rita", "ray", "mia", "webform");
    assertThat(users).extracting(user -> user.firstName() + " " + user.lastName())
        .containsExactly("Rita Kowalska", "Rafał Nowak", "Maria Wiśniewska", "Formularz WWW");
  }

  private static Binder binder(String... files) throws IOException {
    var environment = new StandardEnvironment();
    var loader = new YamlPropertySourceLoader();
    for (String file : files) {
      loader.load(file, new ClassPathResource(file)).forEach(source ->
          environment.getPropertySources().addLast(source));
    }
    return new Binder(ConfigurationPropertySources.get(environment),
        new PropertySourcesPlaceholdersResolver(environment));
  }
}
