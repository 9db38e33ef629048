package org.quire.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.DataNode;
import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportFormat;
import org.quire.export.ExportProgress;
import org.springframework.stereotype.Component;

/**
 * One self-contained HTML file: the styles inline, no script, and nothing to fetch (no style sheet,
 * font or image from elsewhere), so it reads the same offline, attached to an e-mail or years later.
 */
@Component
public class HtmlApplicationWriter implements ApplicationWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.HTML;
    }

    @Override
    public void write(CodeChangeApplication application, OutputStream out, ExportProgress progress)
            throws IOException {
        progress.advance(0.1, "Composing the document");
        var document = ApplicationHtml.compose(application);
        // our own style sheet, written as it is: a DataNode is not escaped
        document.head().appendElement("style").appendChild(new DataNode(ApplicationStyles.html()));
        progress.advance(0.8, "Writing the web page");
        out.write(document.outerHtml().getBytes(StandardCharsets.UTF_8));
        progress.advance(1, "Web page written");
    }
}
