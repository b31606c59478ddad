package org.bashke.files.store;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The kinds of file the platform accepts, recognised by their first bytes (a renamed executable is not a
 * PDF because its name ends in .pdf). ZIP containers are told apart by their entries: Office Open XML
 * has {@code [Content_Types].xml}, OpenDocument a {@code mimetype} entry.
 */
public final class FileKind {

    private FileKind() {
    }

    /** The content type the bytes show, or empty when the kind is not accepted. */
    public static Optional<String> detect(byte[] content, String filename) {
        if (content.length == 0) {
            return Optional.empty();
        }
        String extension = extension(filename);
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of("image/png");
        }
        if (startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/gif");
        }
        if (content.length > 12 && startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && Arrays.equals(Arrays.copyOfRange(content, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/webp");
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return zipKind(content, extension);
        }
        if (("txt".equals(extension) || "csv".equals(extension)) && isUtf8Text(content)) {
            return Optional.of("csv".equals(extension) ? "text/csv" : "text/plain");
        }
        return Optional.empty();
    }

    private static Optional<String> zipKind(byte[] content, String extension) {
        boolean openXml = false;
        String openDocument = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
                if ("[Content_Types].xml".equals(entry.getName())) {
                    openXml = true;
                } else if ("mimetype".equals(entry.getName())) {
                    openDocument = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (openXml) {
            return switch (extension) {
                case "docx" -> Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                case "xlsx" -> Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                case "pptx" -> Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
                default -> Optional.empty();
            };
        }
        if ("application/vnd.oasis.opendocument.text".equals(openDocument)
                || "application/vnd.oasis.opendocument.spreadsheet".equals(openDocument)) {
            return Optional.of(openDocument);
        }
        return Optional.empty();
    }

    private static boolean isUtf8Text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }

    static String extension(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The last path segment, without control characters, at most 200 characters. */
    public static String cleanName(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
