package org.cqfriendship.logistics.support.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Printable documents in the reader's language: a Thymeleaf template under {@code documents/} on
 * the class path (a document rather than a page: it carries its own style, which pages may not),
 * written as a PDF by OpenHTMLtoPDF with the configured fonts embedded as subsets, so it prints
 * and reads the same on any machine, Chinese and Cyrillic included. The template gets the fonts'
 * CSS list as {@code families}. Present in a service that has OpenHTMLtoPDF on its class path.
 */
@AutoConfiguration
@ConditionalOnClass(PdfRendererBuilder.class)
@EnableConfigurationProperties(PdfFonts.class)
public class PdfRendering {

    private static final Logger log = LoggerFactory.getLogger(PdfRendering.class);

    private final PdfFonts fonts;
    private final SpringTemplateEngine documents = new SpringTemplateEngine();

    public PdfRendering(PdfFonts fonts, MessageSource messages) {
        this.fonts = fonts;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        documents.setTemplateResolver(resolver);
        documents.setTemplateEngineMessageSource(messages);
        fonts.missing().forEach(font -> log.warn("PDF documents lack the font {} ({}): its characters will show as boxes. "
                + "Install it (Debian: fonts-dejavu-core, fonts-droid-fallback) or set logistics.pdf.fonts.", font.file(), font.family()));
    }

    /** The document {@code template} filled with {@code variables}, as the download {@code name}.pdf (shown in the browser). */
    public ResponseEntity<byte[]> download(String template, String name, Locale locale, Map<String, ?> variables) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".pdf", StandardCharsets.UTF_8).build()
                        .toString())
                .cacheControl(CacheControl.noStore()).body(write(template, locale, variables));
    }

    /** The document {@code template} filled with {@code variables}, as a PDF. */
    public byte[] write(String template, Locale locale, Map<String, ?> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("families", fonts.families());
        return render(documents.process(template, new Context(locale, all)), template);
    }

    private byte[] render(String xhtml, String what) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        for (PdfFonts.Font font : fonts.present()) {
            builder.useFont(font.file().toFile(), font.family(), font.weight(), BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF of " + what, e);
        }
        return pdf.toByteArray();
    }
}
