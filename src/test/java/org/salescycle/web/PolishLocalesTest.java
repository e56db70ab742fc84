package org.salescycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Polish labels of the Camunda webapps (app/WEBAPP/locales/pl.json of this application)
 * against the English ones of the Camunda webjar on the classpath: valid JSON with the same
 * labels, each keeping the placeholders ({{name}}) and HTML tags of its English text, and the
 * webapp's configuration offering Polish. A label pl.json lacks would show in English (the
 * webapps fall back per label), so a Camunda update that adds labels fails here until they are
 * translated, and one that drops labels until they are removed.
 */
class PolishLocalesTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void polishHasEveryEnglishLabelWithItsPlaceholders(String webapp) throws IOException {
    JsonNode english = json(APP + webapp + "/locales/en.json");
    JsonNode polish = json(APP + webapp + "/locales/pl.json");

    assertThat(names(polish)).as("%s: the sections of pl.json", webapp)
        .isEqualTo(names(english));
    assertThat(names(polish.get("labels"))).as("%s: the labels of pl.json", webapp)
        .isEqualTo(names(english.get("labels")));
    if (english.has("dateLocales")) {
      assertThat(names(polish.get("dateLocales"))).as("%s: the date settings", webapp)
          .isEqualTo(names(english.get("dateLocales")));
    }

    List<String> broken = new ArrayList<>();
    english.get("labels").properties().forEach(label -> {
      String en = label.getValue().asText();
      String pl = polish.get("labels").get(label.getKey()).asText();
      if (!found(PLACEHOLDER, en, 1).equals(found(PLACEHOLDER, pl, 1))) {
        broken.add(label.getKey() + ": placeholders of \"" + en + "\" in \"" + pl + "\"");
      }
      if (found(TAG, en, 0).size() != found(TAG, pl, 0).size()) {
        broken.add(label.getKey() + ": HTML tags of \"" + en + "\" in \"" + pl + "\"");
      }
    });
    assertThat(broken).as("%s: labels whose Polish text lost part of the English", webapp)
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theWebappOffersPolishBesideEnglish(String webapp) throws IOException {
    assertThat(text(APP + webapp + "/scripts/config.js"))
        .contains("availableLocales: ['en', 'pl']", "fallbackLocale: 'en'");
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> found(Pattern pattern, String text, int group) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(group));
    }
    found.sort(null);
    return found;
  }

  private static JsonNode json(String resource) throws IOException {
    return JSON.readTree(text(resource));
  }

  /** A resource's text; the webjar's English files start with a byte order mark. */
  private static String text(String resource) throws IOException {
    try (InputStream in = PolishLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }
}
