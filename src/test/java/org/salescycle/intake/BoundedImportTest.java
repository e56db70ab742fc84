package org.salescycle.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salescycle.web.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.identity.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.AbstractResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The CSV import stays bounded whatever the file: a file at the row limit whose every row is
 * refused gets a short report, a file of two million rows is refused at the limit without being
 * read to its end, and neither takes much heap (sampled while the import runs).
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BoundedImportTest {

  private static final int MAX_ROWS = 10_000;
  private static final long MB = 1024 * 1024;
  /**
   * Generous: the import holds one row and at most 100 listed ones, never the file (a few
   * megabytes measured); two million rows held as records would take hundreds of megabytes.
   */
  private static final long HEAP_GROWTH_LIMIT = 64 * MB;

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, "bounded-import", "secret", "lead-sources");
  }

  @Test
  void tenThousandInvalidRowsGetAReportOfCountsAndTheFirstHundredRows() throws Exception {
    String batch = "co" + UUID.randomUUID().toString().substring(0, 8);
    long leadsBefore = leadRows();
    long instancesBefore = runtime.createProcessInstanceQuery().count();
    GeneratedCsv file = new GeneratedCsv("all-invalid.csv", LeadImportTest.HEADER, MAX_ROWS,
        i -> "Company " + i + " " + batch + ",Contact,not-an-address,PL,lots,120,8,40000,HIGH,"
            + "yes,no,3");

    ResponseEntity<String> response;
    long growth;
    try (HeapPeak heap = HeapPeak.start()) {
      response = upload(file, String.class);
      growth = heap.growth();
    }

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    int bytes = response.getBody().getBytes(StandardCharsets.UTF_8).length;
    assertThat(bytes).as("report size").isLessThan(64 * 1024);
    JsonNode report = new ObjectMapper().readTree(response.getBody());
    assertThat(report.get("rows").asInt()).isEqualTo(MAX_ROWS);
    assertThat(report.get("invalid").asInt()).isEqualTo(MAX_ROWS);
    assertThat(report.get("created").asInt()).isZero();
    assertThat(report.get("results")).hasSize(ImportReport.LISTED);
    assertThat(report.get("results").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(report.get("unlisted").asInt()).isEqualTo(MAX_ROWS - ImportReport.LISTED);
    assertThat(leadRows()).isEqualTo(leadsBefore);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(growth).as("heap growth during the import").isLessThan(HEAP_GROWTH_LIMIT);
    System.out.printf("10,000 invalid rows (%,d bytes): report %,d bytes, live heap +%.1f MB%n",
        file.contentLength(), bytes, growth / (double) MB);
  }

  @Test
  void twoMillionRowsAreRefusedAtTheLimitWithNothingCreated() throws Exception {
    long leadsBefore = leadRows();
    long instancesBefore = runtime.createProcessInstanceQuery().count();
    GeneratedCsv file = new GeneratedCsv("two-million.csv", LeadImportTest.HEADER, 2_000_000,
        i -> "x");

    ResponseEntity<JsonNode> response;
    long growth;
    try (HeapPeak heap = HeapPeak.start()) {
      response = upload(file, JsonNode.class);
      growth = heap.growth();
    }

    assertProblem(response, HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(response.getBody().get("maxRows").asInt()).isEqualTo(MAX_ROWS);
    assertThat(leadRows()).isEqualTo(leadsBefore);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(growth).as("heap growth during the import").isLessThan(HEAP_GROWTH_LIMIT);
    System.out.printf("2,000,000 one-character rows (%,d bytes): live heap +%.1f MB%n",
        file.contentLength(), growth / (double) MB);
  }

  private <T> ResponseEntity<T> upload(GeneratedCsv file, Class<T> answer) {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("file", file);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth("bounded-import", "secret").exchange("/api/leads/import",
        HttpMethod.POST, new HttpEntity<>(parts, headers), answer);
  }

  private long leadRows() {
    return jdbc.queryForObject("select count(*) from sales_lead", Long.class);
  }

  /** A CSV file written row by row as it is read, never held whole in the test either. */
  static final class GeneratedCsv extends AbstractResource {

    interface RowText {
      String of(int index);
    }

    private final String name;
    private final String header;
    private final int rows;
    private final RowText row;

    GeneratedCsv(String name, String header, int rows, RowText row) {
      this.name = name;
      this.header = header;
      this.rows = rows;
      this.row = row;
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public String getDescription() {
      return "generated CSV " + name;
    }

    @Override
    public long contentLength() {
      long length = header.length() + 1;
      for (int i = 0; i < rows; i++) {
        length += row.of(i).getBytes(StandardCharsets.UTF_8).length + 1;
      }
      return length;
    }

    @Override
    public InputStream getInputStream() {
      return new InputStream() {
        private int next = -1;
        private byte[] line = (header + "\n").getBytes(StandardCharsets.UTF_8);
        private int at;

        @Override
        public int read() {
          while (at == line.length) {
            if (++next >= rows) {
              return -1;
            }
            line = (row.of(next) + "\n").getBytes(StandardCharsets.UTF_8);
            at = 0;
          }
          return line[at++] & 0xff;
        }
      };
    }
  }

  /**
   * The heap the import keeps alive: a sampling thread forces a GC every 100 ms while the import
   * runs and keeps the highest heap use after it, over the use after a GC at the start. Garbage
   * is left out, so the figure does not depend on when the collector would have run by itself.
   * Server and test client share the JVM, so this bounds both together.
   */
  static final class HeapPeak implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final long baseline;
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapPeak() {
      baseline = liveHeap();
      sampler = new Thread(() -> {
        while (running) {
          peak.accumulateAndGet(liveHeap(), Math::max);
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-peak");
      sampler.setDaemon(true);
      sampler.start();
    }

    static HeapPeak start() {
      return new HeapPeak();
    }

    private long liveHeap() {
      memory.gc();
      return memory.getHeapMemoryUsage().getUsed();
    }

    /** The highest growth of the live heap seen so far. */
    long growth() {
      return Math.max(0, peak.get() - baseline);
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      sampler.join();
    }
  }
}
