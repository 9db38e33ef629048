package org.quire.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportMarking;
import org.quire.export.ExportProgress;
import org.quire.export.SampleApplications;
import org.quire.export.Unzipped;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MarkdownZipWriterTest {

    private final MarkdownZipWriter writer = new MarkdownZipWriter();

    @Test
    void writesOneFilePerSectionInApplicationOrderWithTheirTextsAsSaved() throws IOException {
        var application = SampleApplications.telemedicine(ExportMarking.FOR_PANEL);
        var files = Unzipped.texts(write(application));

        assertThat(files.keySet()).containsExactly("01-introductory-language.md", "02-rationale.md",
                "03-clinical-vignette-known-patient.md", "04-description-of-service.md", "05-references.md",
                "descriptors.md", "descriptors.json", "manifest.json");
        assertThat(files.get("01-introductory-language.md"))
                .isEqualTo(application.inApplicationOrder().getFirst().markdown());
    }

    @Test
    void theManifestNamesEveryFileWithItsRevision() throws IOException {
        var application = SampleApplications.telemedicine(ExportMarking.WORKING_DRAFT);
        var manifest = json(Unzipped.texts(write(application)).get("manifest.json"));

        assertThat(manifest.get("number").asString()).isEqualTo("TH-2026-001");
        assertThat(manifest.get("source").asString()).isEqualTo("Draft for comment period 1");
        assertThat(manifest.get("marking").asString()).isEqualTo(ExportMarking.WORKING_DRAFT.notice());
        var rationale = manifest.get("sections").get(1);
        assertThat(rationale.get("file").asString()).isEqualTo("02-rationale.md");
        assertThat(rationale.get("kind").asString()).isEqualTo("RATIONALE");
        assertThat(rationale.get("revision").asInt()).isEqualTo(3);
        assertThat(manifest.get("descriptors").get("revision").asInt()).isEqualTo(7);
    }

    @Test
    void theDescriptorSetCarriesCptMarkupOnExactlyTheChangedWords() throws IOException {
        var files = Unzipped.texts(write(SampleApplications.telemedicine(ExportMarking.FOR_PANEL)));

        var markdown = files.get("descriptors.md");
        assertThat(markdown).contains("- ▲ ★ **" + SampleApplications.REVISED_CODE + "** Brief check-in with an "
                + "established patient over a <u>secure</u> live two-way link<u>, 5 minutes or more</u>\n");
        assertThat(markdown).contains("## Summary of code changes").contains("## Symbols").contains("● new code");
        var revised = json(files.get("descriptors.json")).get("families").get(3).get("descriptors").get(0);
        assertThat(revised.get("code").asString()).isEqualTo(SampleApplications.REVISED_CODE);
        assertThat(revised.get("changes").valueStream().filter(run -> !run.get("kind").asString().equals("KEPT")
                && !run.get("kind").asString().equals("SEPARATOR")).map(run -> run.get("kind").asString() + ":"
                + run.get("text").asString()).toList())
                .containsExactly("INSERTED:secure", "INSERTED:, 5 minutes or more");
    }

    @Test
    void theSameMilestoneGivesTheSameFilesApartFromTheGenerationTime() throws IOException {
        var first = SampleApplications.telemedicine(ExportMarking.FOR_PANEL);
        var later = new CodeChangeApplication(first.workgroupName(), first.proposalNumber(), first.proposalTitle(),
                first.state(), first.source(), first.milestone(), first.frozenAt(),
                first.generatedAt().plusSeconds(86_400 * 3), first.marking(), first.sections(), first.descriptors(),
                first.descriptorRevision(), first.dispositions());

        var one = Unzipped.texts(write(first));
        var other = Unzipped.texts(write(later));

        assertThat(other.keySet()).isEqualTo(one.keySet());
        one.keySet().stream().filter(name -> !name.equals("manifest.json"))
                .forEach(name -> assertThat(other.get(name)).as(name).isEqualTo(one.get(name)));
        assertThat(other.get("manifest.json").replace("2026-11-30T10:00:00Z", "2026-11-27T10:00:00Z"))
                .isEqualTo(one.get("manifest.json"));
    }

    @Test
    void markdownInTheSetsOwnWordsIsEscaped() {
        assertThat(DescriptorMarkdown.escape("a *b* <script>|x")).isEqualTo("a \\*b\\* \\<script\\>\\|x");
    }

    private byte[] write(CodeChangeApplication application) throws IOException {
        var out = new ByteArrayOutputStream();
        writer.write(application, out, ExportProgress.NONE);
        return out.toByteArray();
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }
}
