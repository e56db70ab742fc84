package org.salescycle.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The product table: what the sales reps can put on a quote, and the products retired since. */
@Repository
public class ProductCatalogue {

  private static final String COLUMNS = "code, name, unit_price, currency, active, updated_at";
  private static final RowMapper<Product> PRODUCT = ProductCatalogue::product;

  private final JdbcTemplate jdbc;

  public ProductCatalogue(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The active products, or all of them, by name. */
  public List<Product> all(boolean includeInactive) {
    return jdbc.query("select " + COLUMNS + " from product"
        + (includeInactive ? "" : " where active") + " order by name, code", PRODUCT);
  }

  public Optional<Product> find(String code) {
    return jdbc.query("select " + COLUMNS + " from product where code = ?", PRODUCT, code)
        .stream().findFirst();
  }

  /** The active products among these codes, by name; unknown and retired codes are left out. */
  public List<Product> findActive(Collection<String> codes) {
    Set<String> distinct = new LinkedHashSet<>(codes);
    if (distinct.isEmpty()) {
      return List.of();
    }
    String placeholders = String.join(", ", Collections.nCopies(distinct.size(), "?"));
    return jdbc.query("select " + COLUMNS + " from product where active and code in ("
        + placeholders + ") order by name, code", PRODUCT, distinct.toArray());
  }

  /**
   * Creates or replaces the product; true when it was created. Update first, insert when there was
   * nothing to update: portable between H2 and PostgreSQL. When a concurrent call inserted the same
   * code in between, the insert fails on the primary key and the update is repeated. (On
   * PostgreSQL that retry needs its own transaction, so call this outside of one.)
   */
  public boolean save(Product product) {
    if (update(product)) {
      return false;
    }
    try {
      insert(product);
      return true;
    } catch (DuplicateKeyException createdMeanwhile) {
      update(product);
      return false;
    }
  }

  /** Inserts the product unless its code exists already (never overwrites); true when inserted. */
  public boolean insertIfAbsent(Product product) {
    if (find(product.code()).isPresent()) {
      return false;
    }
    try {
      insert(product);
      return true;
    } catch (DuplicateKeyException insertedMeanwhile) {
      return false;
    }
  }

  /** Retires the product: quotes can no longer list it. False when there is no such product. */
  public boolean deactivate(String code, Instant at) {
    return jdbc.update("update product set active = false, updated_at = ? where code = ?",
        Timestamp.from(at), code) > 0;
  }

  private boolean update(Product product) {
    return jdbc.update("""
        update product set name = ?, unit_price = ?, currency = ?, active = ?, updated_at = ?
        where code = ?""",
        product.name(), product.unitPrice(), product.currency(), product.active(),
        Timestamp.from(product.updatedAt()), product.code()) > 0;
  }

  private void insert(Product product) {
    jdbc.update("insert into product (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)",
        product.code(), product.name(), product.unitPrice(), product.currency(), product.active(),
        Timestamp.from(product.updatedAt()));
  }

  private static Product product(ResultSet rs, int row) throws SQLException {
    return new Product(
        rs.getString("code"),
        rs.getString("name"),
        rs.getBigDecimal("unit_price"),
        rs.getString("currency"),
        rs.getBoolean("active"),
        rs.getTimestamp("updated_at").toInstant());
  }
}
