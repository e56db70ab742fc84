package org.salescycle.catalogue;

/** No product with this code in the catalogue, active or retired. */
public class ProductNotFoundException extends RuntimeException {

  public ProductNotFoundException(String code) {
    super("There is no product " + code);
  }
}
