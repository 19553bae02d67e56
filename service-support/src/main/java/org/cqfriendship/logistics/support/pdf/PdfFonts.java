package org.cqfriendship.logistics.support.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The TrueType fonts embedded (subset) in every PDF the services print, configured under
 * {@code logistics.pdf.fonts}: each file with the family it joins and its weight. The PDF's text
 * names its families in order, and each character is set in the first that has it, so one Latin
 * and Cyrillic font and one Chinese font cover the conference's five languages.
 */
@ConfigurationProperties("logistics.pdf")
public record PdfFonts(List<Font> fonts) {

    public PdfFonts {
        fonts = fonts == null ? List.of() : List.copyOf(fonts);
    }

    /** {@code weight}: 400 regular (the default), 700 bold. */
    public record Font(Path file, String family, Integer weight) {

        public Font {
            weight = weight == null ? 400 : weight;
        }
    }

    /** The configured fonts whose files are there. */
    public List<Font> present() {
        return fonts.stream().filter(font -> Files.isReadable(font.file())).toList();
    }

    /** The configured fonts whose files are not there (the PDF would show their characters as boxes). */
    public List<Font> missing() {
        return fonts.stream().filter(font -> !Files.isReadable(font.file())).toList();
    }

    /** The families in the order configured, for the PDF's CSS {@code font-family}. */
    public String families() {
        return String.join(", ", fonts.stream().map(font -> "'" + font.family() + "'").distinct().toList());
    }
}
