package org.salescycle.intake;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The body of {@code POST /api/leads/import}: a CSV file in the form field "file", as a browser sends it. */
public final class CsvUpload {

  private CsvUpload() {}

  public static HttpEntity<MultiValueMap<String, Object>> of(String fileName, String content) {
    return of(fileName, content.getBytes(StandardCharsets.UTF_8), null);
  }

  /** The file's bytes as they are, the part declaring partType (e.g. text/csv; charset=windows-1250) if given. */
  public static HttpEntity<MultiValueMap<String, Object>> of(String fileName, byte[] content,
      MediaType partType) {
    var parts = new LinkedMultiValueMap<String, Object>();
    ByteArrayResource file = new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    };
    if (partType == null) {
      parts.add("file", file);
    } else {
      HttpHeaders partHeaders = new HttpHeaders();
      partHeaders.setContentType(partType);
      parts.add("file", new HttpEntity<>(file, partHeaders));
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }
}
