package org.salescycle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SalesCycleApplication {

  public static void main(String[] args) {
    SpringApplication.run(SalesCycleApplication.class, args);
  }
}
