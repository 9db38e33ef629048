package org.quire.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.quire.descriptor.ChangeMarkup;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorSet;
import org.quire.descriptor.SemicolonConvention;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proposal as JSON, for the Markdown ZIP and the API: plain maps in a fixed key order, so the
 * same milestone gives the same bytes. Field names are part of the API (DD013): add, never rename.
 */
public final class ApplicationJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ApplicationJson() {
    }

    public static String write(Object document) {
        return JSON.writeValueAsString(document) + "\n";
    }

    /** The proposal at its source: what it is, its sections (with Markdown) and its descriptor set. */
    public static Map<String, Object> application(CodeChangeApplication application) {
        var document = about(application);
        document.put("sections", application.inApplicationOrder().stream().map(section -> {
            var entry = section(section);
            entry.put("markdown", section.markdown());
            return entry;
        }).toList());
        document.put("descriptorRevision", application.descriptorRevision());
        document.put("descriptors", descriptorSet(application.descriptors()));
        return document;
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

    public static Map<String, Object> descriptorSet(DescriptorSet set) {
        var families = new ArrayList<Map<String, Object>>();
        for (var family : set.families()) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("id", family.id().value());
            entry.put("name", family.name());
            entry.put("descriptors", family.descriptors().stream().map(d -> descriptor(set, d)).toList());
            families.add(entry);
        }
        var document = new LinkedHashMap<String, Object>();
        document.put("families", families);
        document.put("externalCodes", set.externalCodes().stream().sorted().toList());
        return document;
    }

    private static Map<String, Object> descriptor(DescriptorSet set, Descriptor descriptor) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("id", descriptor.id().value());
        entry.put("code", descriptor.code());
        entry.put("action", descriptor.action().name());
        entry.put("symbol", descriptor.action().symbol());
        entry.put("parent", descriptor.parentId().map(id -> id.value()).orElse(null));
        entry.put("flags", descriptor.flags().stream().map(flag -> pair("flag", flag.name(), "symbol",
                flag.symbol())).toList());
        entry.put("text", descriptor.text());
        entry.put("fullText", SemicolonConvention.fullDescriptor(set, descriptor));
        entry.put("currentText", descriptor.currentText());
        entry.put("notes", descriptor.notes());
        entry.put("markup", markup(descriptor));
        return entry;
    }

    /** The CPT change markup of a revised code: its runs, kept, deleted or inserted; empty otherwise. */
    private static List<Map<String, String>> markup(Descriptor descriptor) {
        if (descriptor.action() != DescriptorAction.REVISED || descriptor.currentText().isBlank()) {
            return List.of();
        }
        return ChangeMarkup.between(descriptor.currentText(), descriptor.text()).runs().stream()
                .map(run -> pair("kind", run.kind().name(), "text", run.text())).toList();
    }

    /** Two entries in this order (Map.of iterates in an order that changes from run to run). */
    private static Map<String, String> pair(String key, String value, String otherKey, String otherValue) {
        var entry = new LinkedHashMap<String, String>();
        entry.put(key, value);
        entry.put(otherKey, otherValue);
        return entry;
    }
}
