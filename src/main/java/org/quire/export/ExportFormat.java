package org.quire.export;

import java.util.Locale;

/** The files a Code Change Application is exported as. */
public enum ExportFormat {
    DOCX("Word document", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("PDF", "pdf", "application/pdf"),
    HTML("Web page (one file)", "html", "text/html;charset=UTF-8"),
    MARKDOWN_ZIP("Markdown files (ZIP)", "zip", "application/zip");

    private final String label;
    private final String extension;
    private final String mediaType;

    ExportFormat(String label, String extension, String mediaType) {
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The name used in the API's paths ({@code docx}, {@code pdf}, {@code html}, {@code markdown}). */
    public String pathName() {
        return this == MARKDOWN_ZIP ? "markdown" : name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a name no format has */
    public static ExportFormat ofPathName(String name) {
        for (var format : values()) {
            if (format.pathName().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("There is no export format '" + name
                + "': use docx, pdf, html or markdown.");
    }
}
