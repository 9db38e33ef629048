package org.quire.markdown.internal;

/**
 * Told as each step of one rendering ends, in this order, so a benchmark can show where the time
 * goes. Renderings in the application pass {@link #NONE}.
 */
public interface RenderStages {

    RenderStages NONE = stage -> {
    };

    void ended(Stage stage);

    enum Stage {
        GUARD("pre-parse checks"),
        MARKDOWN_PARSE("flexmark parse"),
        HTML_RENDER("flexmark HTML rendering"),
        HTML_PARSE("jsoup parse"),
        SANITIZE("sanitize (allow-list)"),
        HEADINGS("headings"),
        SERIALIZE("HTML serialization");

        private final String description;

        Stage(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
