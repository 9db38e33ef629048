package org.quire.export;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manifests of the Markdown ZIP and the workgroup package: plain maps in a fixed key order, so
 * the same milestone gives the same bytes (the descriptor set is a {@link DescriptorSetDocument}).
 */
public final class ApplicationJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ApplicationJson() {
    }

    public static String write(Object document) {
        return JSON.writeValueAsString(document) + "\n";
    }

    /** What the application is, without its texts (the head of a manifest). */
    public static Map<String, Object> about(CodeChangeApplication application) {
        var document = new LinkedHashMap<String, Object>();
        document.put("workgroup", application.workgroupName());
        document.put("number", application.proposalNumber());
        document.put("title", application.proposalTitle());
        document.put("state", application.state().name());
        document.put("source", application.source());
        document.put("milestone", application.milestone() == null ? null : application.milestone().value());
        document.put("frozenAt", application.frozenAt() == null ? null : application.frozenAt().toString());
        document.put("generatedAt", application.generatedAt().toString());
        document.put("marking", application.marking().notice());
        return document;
    }

    public static Map<String, Object> section(ExportedSection section) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("id", section.id().value());
        entry.put("kind", section.kind().name());
        entry.put("title", section.title());
        entry.put("revision", section.revision());
        return entry;
    }
}
