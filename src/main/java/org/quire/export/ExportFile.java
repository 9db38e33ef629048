package org.quire.export;

/** A finished export, ready to download. */
public record ExportFile(String fileName, String mediaType, byte[] content) {

    public ExportFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
