package org.cqfriendship.logistics.support.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content security policy allows no inline style or script ({@link ServiceSecurity}), so no
 * page template of any service may hold one: it would be silently blocked in the browser.
 */
class NoInlineStyleOrScriptTest {

    private static final Pattern INLINE = Pattern.compile("(?i)\\sstyle=|th:style|<style|<script(?![^>]*src=)|\\son[a-z]+=\"");

    @Test
    void noTemplateHoldsAnInlineStyleOrScript() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(root, 8)) {
            templates = files.filter(f -> f.toString().contains("/src/main/resources/templates/") && f.toString().endsWith(".html"))
                    .toList();
        }

        assertThat(templates).as("the templates of the services").hasSizeGreaterThan(10);
        assertThat(templates).allSatisfy(template -> assertThat(INLINE.matcher(Files.readString(template)).find())
                .as(root.relativize(template) + " has an inline style, script or event handler").isFalse());
    }
}
