package vn.congso.documents.edxml;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file carried by an envelope: listed in the manifest ({@code edXMLManifest/Reference}) and
 * carried base64-encoded ({@code AttachmentEncoded/Attachment}).
 */
public record Attachment(String contentId, String name, String contentType, String description, byte[] content) {

    public Attachment {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment a && Objects.equals(contentId, a.contentId) && Objects.equals(name, a.name)
                && Objects.equals(contentType, a.contentType) && Objects.equals(description, a.description)
                && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentId, name, contentType, description) * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Attachment[" + contentId + ", " + name + ", " + contentType + ", " + content.length + " bytes]";
    }
}
